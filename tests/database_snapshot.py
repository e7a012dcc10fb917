"""Copy the whole test database aside and put it back: the demo is built once per test run.

`load_demo` with its search rebuild takes 10-40 s; the tests that need the demo site get a copy
of the one the first of them built. SQLite (the in-memory test database) is copied with its
backup API; PostgreSQL table by table with binary COPY inside one transaction, the sequences
then set past the restored keys.
"""

import sqlite3

from django.apps import apps
from django.core.management.color import no_style
from django.db import transaction


def take(connection) -> object:
    """A copy of every table's rows."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        return copy
    tables = _tables(connection)
    data = {}
    with connection.cursor() as cursor:
        for table in tables:
            with cursor.cursor.copy(f'COPY "{table}" TO STDOUT (FORMAT BINARY)') as copy:
                data[table] = b"".join(bytes(block) for block in copy)
    return data


def restore(connection, copy) -> None:
    """Replace every table's rows by the copy's."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy.backup(connection.connection)
        return
    tables = list(copy)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE " + ", ".join(f'"{table}"' for table in tables) + " CASCADE")
        for table in tables:
            if copy[table]:
                with cursor.cursor.copy(f'COPY "{table}" FROM STDIN (FORMAT BINARY)') as target:
                    target.write(copy[table])
        models = list(apps.get_models(include_auto_created=True))
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)


def _tables(connection) -> list[str]:
    existing = set(connection.introspection.table_names())
    return sorted(
        table
        for table in connection.introspection.django_table_names(include_views=False)
        if table in existing
    )
