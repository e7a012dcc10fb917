"""Where the CPU goes during a load run: processes' CPU times read from /proc (Linux).

A sampler thread reads, once a second, the user + system time of every process in each
group (gunicorn's master and workers, the Celery worker, the broker, the PostgreSQL backends
of the run's database, the shared Redis, the client itself) and the machine's busy time; a
process that appears during the run counts from zero, one that ends keeps its last reading
(a PostgreSQL backend that ends loses at most its last second).
"""

import os
import threading
from collections.abc import Callable
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")
Matcher = Callable[[int, str, int], bool]  # (pid, command line, process group) -> belongs


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def _process_group(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[2])
    except (OSError, IndexError, ValueError):
        return -1


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _machine_busy() -> float:
    """Seconds of CPU spent by the whole machine (all cores) outside idle and iowait."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(values[:8]) - values[3] - values[4]) / TICKS


def in_group(process_group: int) -> Matcher:
    return lambda pid, command, group: group == process_group


def command_contains(*parts: str) -> Matcher:
    return lambda pid, command, group: all(part in command for part in parts)


class CpuSplit(threading.Thread):
    """`groups`: name -> matcher, in the order of the report; the first that matches wins."""

    def __init__(self, groups: dict[str, Matcher], interval: float = 1.0):
        super().__init__(daemon=True)
        self.groups, self.interval = groups, interval
        self.first: dict[int, float] = {}
        self.last: dict[int, tuple[str, float]] = {}
        self.stop_event = threading.Event()
        self.machine = (0.0, 0.0)

    def sample(self, baseline: bool = False) -> None:
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            pid = int(entry.name)
            name = self._group_of(pid)
            seconds = _cpu_seconds(pid) if name else None
            if seconds is None:
                continue
            if baseline:
                self.first[pid] = seconds
            self.last[pid] = (name, seconds)

    def _group_of(self, pid: int) -> str | None:
        if pid == os.getpid():
            return "client (this script)"
        command, group = _command_line(pid), _process_group(pid)
        for name, matches in self.groups.items():
            if command and matches(pid, command, group):
                return name
        return None

    def run(self) -> None:
        busy = _machine_busy()
        self.sample(baseline=True)
        while not self.stop_event.wait(self.interval):
            self.sample()
        self.sample()
        self.machine = (busy, _machine_busy())

    def finish(self) -> None:
        self.stop_event.set()
        self.join(timeout=30)

    def seconds(self) -> dict[str, float]:
        totals = dict.fromkeys([*self.groups, "client (this script)"], 0.0)
        for pid, (name, seconds) in self.last.items():
            totals[name] += seconds - self.first.get(pid, 0.0)
        return totals

    def report(self, elapsed: float, posts: int) -> str:
        totals = self.seconds()
        machine = self.machine[1] - self.machine[0]
        rows = [*totals.items(), ("everything else on the machine", machine - sum(totals.values()))]
        per_post = (
            f"; CPU s per acknowledged post {sum(totals.values()) / posts:.2f}" if posts else ""
        )
        lines = [
            f"CPU split over {elapsed:.0f} s (machine busy {machine:.0f} CPU s of "
            f"{elapsed * os.cpu_count():.0f}){per_post}:",
            "",
            "| process | CPU s | share of the machine's busy time | cores used |",
            "|---|---|---|---|",
        ]
        for name, seconds in rows:
            share = seconds / machine * 100 if machine else 0
            lines.append(f"| {name} | {seconds:.1f} | {share:.0f} % | {seconds / elapsed:.2f} |")
        return "\n".join(lines)
