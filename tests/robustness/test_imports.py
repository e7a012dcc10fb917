"""Imports (finding 8) save rows in short batches, read files row by row, show their progress
in the admin (live, with a JSON status), keep a checked file for the real import, can be
cancelled, and leave no file behind."""

import io
import os
import time

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from practices import import_jobs
from practices.interchange import import_file, import_rows, iter_rows
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


def test_a_file_with_a_bad_byte_far_down_is_refused_before_any_row_is_saved(practice_index):
    good = "".join(f"S-{n},Practice {n},Shared seed.\n" for n in range(30)).encode()
    data = b"source_id,title,summary\n" + good + b"S-x,Bad \xff byte,Seed.\n"
    report = import_file(data, "late.csv", batch_size=5)
    assert not report.ok and "not UTF-8" in str(report.errors[0])
    assert not GoodPracticePage.objects.exists()


def test_rows_are_read_from_an_open_file_one_at_a_time(tmp_path):
    path = tmp_path / "lazy.csv"
    path.write_text(
        "source_id,title,summary\n"
        + "".join(f"L-{n},Practice {n},Shared seed.\n" for n in range(5000))
    )
    with path.open("rb") as stream:
        rows = iter_rows(stream, path.name)
        line, first = next(rows)
        assert (line, first["title"]) == (2, "Practice 0")
        assert stream.tell() < path.stat().st_size / 4  # not the whole file
        assert sum(1 for _row in rows) == 4999


def test_the_command_imports_a_file_given_by_its_path(tmp_path, practice_index):
    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(f'{{"source_id": "J-{n}", "title": "P {n}", "summary": "S."}}\n' for n in range(7))
    )
    output = io.StringIO()
    call_command("import_practices", str(path), stdout=output, stderr=io.StringIO())
    assert "7 imported" in output.getvalue()
    assert GoodPracticePage.objects.count() == 7


def test_after_a_dry_run_the_editor_imports_the_same_file_without_choosing_it_again(
    client, editor, practice_index
):
    client.force_login(editor)
    upload = SimpleUploadedFile("kept.csv", b"source_id,title,summary\nK-1,Kept,Shared seed.\n")
    page = client.post("/admin/practices/import/", {"file": upload, "dry_run": "on"})
    html = page.content.decode()
    assert "dry run: nothing was saved" in html and "kept.csv" in html
    assert not GoodPracticePage.objects.exists()
    kept = page.context["form"].initial["kept"]
    response = client.post("/admin/practices/import/", {"kept": kept})
    assert "1 imported" in response.content.decode()
    assert GoodPracticePage.objects.filter(source_id="K-1").count() == 1
    assert not list(import_jobs.imports_directory().glob(f"{kept}*"))  # removed once imported


def test_a_kept_file_is_only_the_editor_s_own(client, editor, practice_index):
    stranger = UserFactory(username="stranger")
    stranger.user_permissions.add(*editor.user_permissions.all())
    client.force_login(editor)
    upload = SimpleUploadedFile("mine.csv", b"source_id,title,summary\nM-1,Mine,Seed.\n")
    kept = (
        client.post("/admin/practices/import/", {"file": upload, "dry_run": "on"})
        .context["form"]
        .initial["kept"]
    )
    client.force_login(stranger)
    response = client.post("/admin/practices/import/", {"kept": kept})
    assert response.status_code == 200 and "Choose a file to import." in response.content.decode()
    assert not GoodPracticePage.objects.exists()


def test_the_progress_of_a_background_import_is_served_as_json_to_editors_only(
    client, editor, practice_index
):
    stored = "e" * 32 + ".csv"
    queue(stored, 4, editor)
    import_jobs.record(stored, "practices.csv", 2, 4, editor.pk)
    client.force_login(UserFactory(username="member"))
    assert client.get("/admin/practices/import/status/").status_code in {302, 403}
    client.force_login(editor)
    jobs = client.get("/admin/practices/import/status/").json()["jobs"]
    assert [(job["name"], job["done"], job["total"], job["label"]) for job in jobs] == [
        ("practices.csv", 2, 4, "2 of 4 rows")
    ]
    page = client.get("/admin/practices/import/").content.decode()
    assert "js/practices-import.js" in page and "Refresh the progress" in page
    import_jobs.finish(stored)


def test_a_large_upload_is_copied_for_the_worker_and_listed_with_its_rows(
    client, editor, practice_index, settings
):
    settings.MINGA_IMPORT_ASYNC_THRESHOLD = 2
    content = b"source_id,title,summary\n" + b"".join(
        f"W-{n},Practice {n},Shared seed.\n".encode() for n in range(3)
    )
    client.force_login(editor)
    upload = SimpleUploadedFile("large.csv", content)
    page = client.post("/admin/practices/import/", {"file": upload}).content.decode()
    assert "The file has 3 rows" in page and "large.csv" in page
    (job,) = [job for job in import_jobs.running() if job.name == "large.csv"]
    assert job.total == 3
    assert (import_jobs.imports_directory() / job.stored).read_bytes() == content
    import_jobs.finish(job.stored)
