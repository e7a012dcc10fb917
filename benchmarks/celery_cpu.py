"""Run a Celery worker that records each task's CPU time (for benchmarks/load_pages.py).

    python benchmarks/celery_cpu.py -A minga worker ...   (the `celery` command's arguments)

A prefork pool process runs one task at a time, so its CPU time (user + system) between
`task_prerun` and `task_postrun` is the task's. One line per task goes to the file named by
MINGA_TASK_CPU_LOG: task name, CPU ms, wall ms.
"""

import os
import sys
import time
from pathlib import Path

from celery.__main__ import main
from celery.signals import task_postrun, task_prerun

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
_started: dict[str, tuple[float, float]] = {}


@task_prerun.connect
def _prerun(task_id=None, **kwargs):
    _started[task_id] = (time.process_time(), time.perf_counter())


@task_postrun.connect
def _postrun(task_id=None, task=None, **kwargs):
    started = _started.pop(task_id, None)
    path = os.environ.get("MINGA_TASK_CPU_LOG")
    if started is None or not path:
        return
    cpu = (time.process_time() - started[0]) * 1000
    wall = (time.perf_counter() - started[1]) * 1000
    with open(path, "a") as log:
        log.write(f"{task.name}\t{cpu:.2f}\t{wall:.2f}\n")


if __name__ == "__main__":
    sys.argv[0] = "celery"
    sys.exit(main())
