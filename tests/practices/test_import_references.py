"""An import indexes each page's references once (not on every save), and ends with the same
references as a full rebuild: the admin's "Usage" of a partner lists the practices naming it."""

from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import ReferenceIndex

from practices.interchange import import_file
from practices.models import GoodPracticePage, PartnerPage

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


def references() -> set[tuple]:
    return set(
        ReferenceIndex.objects.values_list(
            "content_type__model",
            "object_id",
            "to_content_type__model",
            "to_object_id",
            "model_path",
        )
    )


def import_good_csv(**options):
    path = FILES / "good.csv"
    report = import_file(path.read_bytes(), path.name, **options)
    assert report.ok, report.errors
    return report


def test_imported_practices_are_listed_in_the_usage_of_their_partners(
    practice_index, partner_index
):
    import_good_csv(publish=True)
    fao = PartnerPage.objects.get(title="FAO")
    seeds = GoodPracticePage.objects.get(source_id="UNDESA-101")
    users = {ref.object_id for ref in ReferenceIndex.get_references_to(fao)}
    assert str(seeds.pk) in users
    imported = references()
    call_command("rebuild_references_index", stdout=open("/dev/null", "w"))
    assert imported == references()


def test_references_follow_a_re_import_that_changes_the_partners(practice_index, partner_index):
    import_good_csv(publish=True)
    path = FILES / "good.csv"
    changed = path.read_text(encoding="utf-8").replace("FAO", "IFAD")
    report = import_file(changed.encode(), "good.csv", publish=True)
    assert report.updated == 2, report.errors
    ifad = PartnerPage.objects.get(title="IFAD")
    fao = PartnerPage.objects.get(title="FAO")
    seeds = GoodPracticePage.objects.get(source_id="UNDESA-101")
    assert str(seeds.pk) in {ref.object_id for ref in ReferenceIndex.get_references_to(ifad)}
    assert str(seeds.pk) not in {ref.object_id for ref in ReferenceIndex.get_references_to(fao)}
    imported = references()
    call_command("rebuild_references_index", stdout=open("/dev/null", "w"))
    assert imported == references()


def test_a_dry_run_leaves_no_reference(practice_index, partner_index):
    before = references()
    import_good_csv(dry_run=True)
    assert references() == before
