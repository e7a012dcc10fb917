"""PO files for professional translators: a matching file is imported, anything else refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_translation(tree, french_discussion):
    return Translation.objects.get(
        source__object_id=tree["discussion"].translation_key, target_locale__language_code="fr"
    )


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return client


def upload(client, translation, content: bytes | None):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.id])
    data = {"next": "/admin/"}
    if content is not None:
        data["file"] = SimpleUploadedFile("page.po", content, content_type="text/x-gettext")
    return client.post(url, data, follow=True)


def messages_of(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


def test_a_po_file_of_the_page_is_imported(editor, french_translation):
    po = french_translation.export_po()
    for entry in po:
        if entry.msgid == "How do we learn from each other?":
            entry.msgstr = "Comment apprenons-nous les uns des autres ?"
    response = upload(editor, french_translation, str(po).encode())
    assert response.status_code == 200
    assert "Successfully imported" in messages_of(response)
    assert StringTranslation.objects.filter(
        locale__language_code="fr", data="Comment apprenons-nous les uns des autres ?"
    ).exists()


def test_a_po_file_with_a_string_the_page_does_not_have_is_refused_with_its_line(
    editor, french_translation
):
    po = french_translation.export_po()
    po[1].msgid = "A sentence from an older version of the page"
    po[1].msgstr = "Une phrase d'une ancienne version"
    text = str(po)
    line = text.splitlines().index('msgid "A sentence from an older version of the page"') + 1
    response = upload(editor, french_translation, text.encode())
    assert response.status_code == 200
    shown = messages_of(response)
    assert f"Line {line - 1}" in shown or f"Line {line}" in shown
    assert "older version of the page" in shown
    assert not StringTranslation.objects.filter(data="Une phrase d'une ancienne version").exists()


@pytest.mark.parametrize(
    "content",
    [None, b"", b"not a po file \x00\xff", b'msgid ""\nmsgstr ""\n\nmsgid "x"\nmsgstr "y"\n'],
)
def test_missing_broken_or_foreign_po_files_are_refused_without_an_error_page(
    editor, french_translation, content
):
    response = upload(editor, french_translation, content)
    assert response.status_code == 200
    assert "Successfully imported" not in messages_of(response)
    assert messages_of(response)
