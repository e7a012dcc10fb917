"""Gunicorn config for benchmarks/load_pages.py: each request's CPU time in its worker.

A sync worker serves one request at a time, so the process's CPU time (user + system) between
`pre_request` and `post_request` is that request's. One line per request goes to the file named
by MINGA_REQUEST_CPU_LOG: kind (anonymous or member, from the session cookie), method, path,
X-Page-Cache, status, CPU ms, wall ms.
"""

import os
import time

_log = None


def _kind(environ) -> str:
    return "member" if "sessionid=" in environ.get("HTTP_COOKIE", "") else "anonymous"


def pre_request(worker, req):
    worker._minga_started = (time.process_time(), time.perf_counter())


def post_request(worker, req, environ, resp):
    global _log
    started = getattr(worker, "_minga_started", None)
    path = os.environ.get("MINGA_REQUEST_CPU_LOG")
    if started is None or not path:
        return
    cpu = (time.process_time() - started[0]) * 1000
    wall = (time.perf_counter() - started[1]) * 1000
    cached = {k.lower(): v for k, v in resp.headers}.get("x-page-cache", "-")
    if _log is None:
        _log = open(path, "a", buffering=1)  # noqa: SIM115 (kept open for the worker's life)
    _log.write(
        f"{_kind(environ)}\t{req.method}\t{req.path}\t{cached}\t{resp.status_code}"
        f"\t{cpu:.2f}\t{wall:.2f}\n"
    )
