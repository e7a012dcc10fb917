"""The suite's Celery worker (tests/conftest.py): Celery's own command, reading the
vectors the model computed once in this checkout (tests/embedding_cache.py)."""

import sys

from celery.__main__ import main

from tests import embedding_cache

if __name__ == "__main__":
    embedding_cache.install()
    sys.exit(main())
