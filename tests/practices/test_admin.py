"""Editors manage themes and import files from the Wagtail admin."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from practices.models import GoodPracticePage
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


@pytest.fixture
def editor(db):
    user = UserFactory(username="editor")
    user.groups.add(Group.objects.get(name="Moderators"))
    from django.contrib.auth.models import Permission

    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_goodpracticepage"),
    )
    return user


def upload(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, (FILES / name).read_bytes())


def test_editor_sees_row_errors_of_an_uploaded_file(client, editor, practice_index, partner_index):
    client.force_login(editor)
    response = client.post("/admin/practices/import/", {"file": upload("bad.csv"), "publish": "on"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 imported, 0 updated, 12 rejected" in html
    assert "unknown country “Atlantis”" in html
    assert GoodPracticePage.objects.filter(source_id="OK-1", live=True).exists()


def test_admin_dry_run_saves_nothing(client, editor, practice_index, partner_index):
    client.force_login(editor)
    response = client.post(
        "/admin/practices/import/", {"file": upload("good.csv"), "dry_run": "on"}
    )
    assert "dry run" in response.content.decode()
    assert not GoodPracticePage.objects.exists()


def test_member_without_permission_cannot_import(client, db):
    client.force_login(UserFactory(username="visitor"))
    assert client.get("/admin/practices/import/").status_code in (302, 403)


def test_themes_are_managed_as_snippets(client, editor):
    from django.contrib.auth.models import Permission

    editor.is_superuser = True
    editor.save()
    client.force_login(editor)
    response = client.post("/admin/snippets/practices/theme/add/", {"name": "Urban mobility"})
    assert response.status_code == 302
    from practices.models import Theme

    assert Theme.objects.get(name="Urban mobility").slug == "urban-mobility"
    assert Permission.objects.filter(codename="add_theme").exists()


def test_editor_without_publish_permission_cannot_publish_an_import(client, editor, practice_index):
    editor.groups.clear()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(
        "/admin/practices/import/", {"file": upload("good.csv"), "publish": "on"}
    )
    assert "not allowed to publish" in response.content.decode()
    assert not GoodPracticePage.objects.exists()


def test_editors_can_open_the_practice_and_partner_edit_forms(
    client, practice_index, partner_index
):
    from tests.factories.practices import GoodPracticePageFactory, PartnerPageFactory

    admin = UserFactory(username="admin")
    admin.is_superuser = True
    admin.is_staff = True
    admin.save()
    client.force_login(admin)
    practice = GoodPracticePageFactory(
        parent=practice_index, countries=["KE"], sdgs=[3], themes=["Health systems"]
    )
    partner = PartnerPageFactory(parent=partner_index)
    for page in (practice, partner, practice_index, partner_index):
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    add_url = f"/admin/pages/add/practices/goodpracticepage/{practice_index.pk}/"
    assert client.get(add_url).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_large_file_is_imported_in_the_background_and_the_report_e_mailed(
    client, editor, practice_index, partner_index, mailbox, settings
):
    from pathlib import Path as StoredPath

    from tests.conftest import wait_until

    settings.MINGA_IMPORT_ASYNC_THRESHOLD = 1  # decided in the request
    editor.email = "editor@example.org"
    editor.save()
    client.force_login(editor)
    response = client.post("/admin/practices/import/", {"file": upload("bad.csv"), "publish": "on"})
    html = response.content.decode()
    assert "being imported in the background" in html and "editor@example.org" in html
    [message] = mailbox.wait_for(1)
    assert message.to == ["editor@example.org"]
    assert "some rows were rejected" in message.subject
    assert "1 imported, 0 updated, 12 rejected" in message.body
    assert "unknown country “Atlantis”" in message.body
    assert wait_until(lambda: GoodPracticePage.objects.filter(source_id="OK-1", live=True).exists())
    imports = StoredPath(settings.PRIVATE_ROOT) / "imports"
    kept = {path.name.removesuffix(".kept.json") for path in imports.glob("*.kept.json")}
    left = [path for path in imports.glob("*") if path.name.removesuffix(".kept.json") not in kept]
    assert not left  # cleaned up (files kept after an earlier test's dry run are the editor's)
