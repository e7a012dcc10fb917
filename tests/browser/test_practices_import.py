"""An editor follows a background import on the admin import page: the progress moves and the
end shows, without reloading the page (static/js/practices-import.js)."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "steady-import-rows-42"
STORED = "f" * 32 + ".csv"


@pytest.fixture
def editor(transactional_db, site):
    from django.contrib.auth.models import Permission

    from practices import import_jobs
    from tests.factories.accounts import UserFactory
    from tests.factories.practices import PracticeIndexPageFactory

    PracticeIndexPageFactory(parent=site.root_page)
    user = UserFactory(username="editor", email="editor@example.org", password=PASSWORD)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_goodpracticepage"),
    )
    directory = import_jobs.imports_directory()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / STORED).write_text("source_id,title,summary\n", encoding="utf-8")
    import_jobs.record(STORED, "catalogue.csv", 0, 300, user.pk)
    yield user
    import_jobs.finish(STORED)


def test_the_import_progress_moves_without_a_reload(live_server, page, editor, axe):
    from practices import import_jobs

    page.goto(live_server.url + "/admin/login/?next=/admin/practices/import/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign in|Log in")).click()
    page.wait_for_url("**/admin/practices/import/")
    axe(page)
    row = page.locator("tr[data-import-job]")
    expect(row).to_contain_text("0 of 300 rows")
    expect(page.get_by_role("link", name="Refresh the progress")).to_be_hidden()
    expect(page.get_by_text("Kept", exact=True)).to_have_count(0)  # a hidden field, no label

    import_jobs.record(STORED, "catalogue.csv", 100, 300, editor.pk)
    expect(row).to_contain_text("100 of 300 rows", timeout=15_000)
    assert page.locator("progress").evaluate("bar => bar.value") == 100
    for width in (375, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        page.screenshot(path=f"/tmp/minga-shots/rel/import-progress-{width}.png", full_page=True)

    import_jobs.finish(STORED)
    expect(row).to_contain_text("Finished: the report is in your e-mail.", timeout=15_000)
    expect(row.get_by_role("button", name="Cancel")).to_have_count(0)
