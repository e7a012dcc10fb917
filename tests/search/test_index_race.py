"""Two workers indexing one object at once leave one row, the latest, and no error.

Both read "no row yet" and both insert: the second insert used to fail on the unique
(content_type, object_id) constraint. The interleaving is reproduced exactly: the other
worker's row is written, in the database, right after this worker's select.
"""

import threading
import time

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from search import fulltext, indexing
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def _entry(content_type_id: int, title: str) -> dict:
    return {
        "content_type_id": content_type_id,
        "object_id": 4242,
        "kind": "practice",
        "title": title,
        "body": "Quinoa seed exchange between Andean cooperatives.",
        "language": "en",
        "url": "/en/r/4242/",
    }


def test_the_other_workers_row_is_updated_not_duplicated():
    content_type_id = ContentType.objects.get(app_label="wagtailcore", model="page").pk
    prepared = indexing.prepare_entries([_entry(content_type_id, "Quinoa seed exchange")])
    vectors = indexing.embed_entries(prepared)
    state = {"other_worker_wrote": False}

    def other_worker_writes_after_our_select(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        selecting_entries = sql.lstrip().upper().startswith("SELECT") and (
            SearchEntry._meta.db_table in sql
        )
        if selecting_entries and not state["other_worker_wrote"]:
            state["other_worker_wrote"] = True
            SearchEntry.objects.create(**_entry(content_type_id, "Quinoa seed exchange (old)"))
        return result

    with connection.execute_wrapper(other_worker_writes_after_our_select):
        written = indexing.save_prepared(prepared, vectors)

    assert state["other_worker_wrote"]
    assert written == 1
    rows = SearchEntry.objects.filter(content_type_id=content_type_id, object_id=4242)
    assert [row.title for row in rows] == ["Quinoa seed exchange"]
    assert rows[0].vector is not None
    assert fulltext.ranked_ids("quinoa", 10) == [rows[0].pk]


@pytest.mark.django_db(transaction=True)
def test_two_writers_crossing_batches_queue_instead_of_deadlocking():
    """One transaction writes X then Y while another writes Y then X (the demo being built
    while a worker indexes what it queued): both finish, neither is killed as a deadlock."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one writer at a time in by locking the file")
    content_type_id = ContentType.objects.get(app_label="wagtailcore", model="page").pk

    def batch(object_id: int, title: str):
        entry = _entry(content_type_id, title) | {"object_id": object_id}
        prepared = indexing.prepare_entries([entry], force=True)
        return prepared, indexing.embed_entries(prepared)

    batches = {name: batch(oid, name) for name, oid in (("X", 5001), ("Y", 5002))}
    x_written, second_starting = threading.Event(), threading.Event()
    errors = []

    def in_one_transaction(steps):
        from django.db import connections, transaction

        try:
            with transaction.atomic():
                for step in steps:
                    step()
        except Exception as error:  # noqa: BLE001 - the assertion below reports it
            errors.append(error)
        finally:
            connections.close_all()

    first = [
        lambda: indexing.save_prepared(*batches["X"]),
        x_written.set,
        lambda: second_starting.wait(timeout=10),
        lambda: time.sleep(0.5),  # the second writer now waits, for X's row or for the lock
        lambda: indexing.save_prepared(*batches["Y"]),
    ]
    second = [
        lambda: x_written.wait(timeout=10),
        second_starting.set,
        lambda: indexing.save_prepared(*batches["Y"]),
        lambda: indexing.save_prepared(*batches["X"]),
    ]
    threads = [threading.Thread(target=in_one_transaction, args=(s,)) for s in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    titles = SearchEntry.objects.filter(object_id__in=[5001, 5002]).values_list("title", flat=True)
    assert sorted(titles) == ["X", "Y"]
