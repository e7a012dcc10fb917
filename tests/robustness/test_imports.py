"""Imports (finding 8) save rows in short batches, show their progress in the admin, can be
cancelled, and leave no file behind."""

import os
import time

import pytest
from django.contrib.auth.models import Permission

from practices import import_jobs
from practices.interchange import import_rows
from practices.models import GoodPracticePage
from practices.tasks import import_practices_file
from tests.factories.accounts import UserFactory
from tests.factories.practices import PracticeIndexPageFactory

pytestmark = pytest.mark.django_db


def rows(count: int) -> list:
    return [
        (n + 2, {"source_id": f"B-{n}", "title": f"Practice {n}", "summary": "Shared seed."})
        for n in range(count)
    ]


@pytest.fixture
def practice_index(site):
    return PracticeIndexPageFactory(parent=site.root_page)


@pytest.fixture
def editor(db):
    user = UserFactory(username="editor", email="editor@example.org")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_goodpracticepage"),
    )
    return user


def test_rows_are_saved_batch_by_batch_and_each_batch_is_reported(practice_index):
    seen = []
    report = import_rows(rows(5), batch_size=2, on_batch=lambda d, t: seen.append((d, t)) or 1)
    assert seen == [(2, 5), (4, 5), (5, 5)]
    assert report.imported == 5 and not report.cancelled


def test_a_cancelled_import_keeps_the_batches_already_saved(practice_index):
    report = import_rows(rows(5), batch_size=2, on_batch=lambda done, total: False)
    assert report.cancelled and report.imported == 2
    assert GoodPracticePage.objects.count() == 2
    assert "cancelled" in report.summary()


def queue(stored: str, total: int, user) -> None:
    directory = import_jobs.imports_directory()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / stored).write_text(
        "source_id,title,summary\n"
        + "".join(f"Q-{n},Practice {n},Shared seed.\n" for n in range(total)),
        encoding="utf-8",
    )
    import_jobs.record(stored, "practices.csv", 0, total, user.pk)


def test_the_admin_shows_a_running_import_and_cancels_it(client, editor, practice_index):
    stored = "a" * 32 + ".csv"
    queue(stored, 3, editor)
    client.force_login(editor)
    page = client.get("/admin/practices/import/").content.decode()
    assert "practices.csv" in page and "0 of 3 rows" in page
    response = client.post(f"/admin/practices/import/{stored}/cancel/", follow=True)
    assert "stops after its current batch" in response.content.decode()
    import_practices_file(stored, "practices.csv", editor.pk)
    assert not GoodPracticePage.objects.exists()
    assert not list(import_jobs.imports_directory().glob(f"{stored}*"))


def test_cancelling_an_unknown_import_says_it_has_finished(client, editor):
    client.force_login(editor)
    response = client.post("/admin/practices/import/../../etc/cancel/", follow=True)
    assert response.status_code in {200, 404}
    response = client.post(f"/admin/practices/import/{'b' * 32}.csv/cancel/", follow=True)
    assert "already finished" in response.content.decode()


def test_a_background_import_removes_its_files_when_it_ends(editor, practice_index):
    stored = "c" * 32 + ".csv"
    queue(stored, 3, editor)
    assert "3 imported" in import_practices_file(stored, "practices.csv", editor.pk)
    assert not list(import_jobs.imports_directory().glob(f"{stored}*"))


def test_files_of_imports_that_never_finished_are_removed_after_a_day(editor):
    stored = "d" * 32 + ".csv"
    queue(stored, 1, editor)
    day_ago = time.time() - 86_401
    for path in import_jobs.imports_directory().glob(f"{stored}*"):
        os.utime(path, (day_ago, day_ago))
    assert import_jobs.clean_leftovers() == 2
