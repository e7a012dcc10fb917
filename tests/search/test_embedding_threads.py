"""How many OpenMP threads the embedding model gets: the setting, else one, else every core in a
batch job (rebuild_search)."""

import os

import pytest

from home import embeddings


@pytest.fixture
def batch_flag():
    before = dict(embeddings._batch_job)
    yield
    embeddings._batch_job.update(before)


def test_web_and_worker_processes_embed_with_one_thread_by_default(settings, batch_flag):
    settings.SEARCH_EMBEDDING_THREADS = None
    embeddings._batch_job["every_core"] = False
    assert embeddings._threads() == "1"


def test_a_batch_job_embeds_with_every_core_unless_the_setting_says_otherwise(settings, batch_flag):
    settings.SEARCH_EMBEDDING_THREADS = None
    embeddings.embed_with_every_core()
    assert embeddings._threads() == str(os.cpu_count() or 1)
    settings.SEARCH_EMBEDDING_THREADS = 3
    assert embeddings._threads() == "3"
