"""Settings for benchmarks/load_faults.py: the benchmark settings over plain HTTP on loopback."""

from benchmarks.bench_settings import *  # noqa: F403

# The load script's members talk plain HTTP to 127.0.0.1: cookies must come back to it.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
