"""Import and export in the interchange format, through the functions and the commands."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from practices.interchange import export_practices, import_file, read_rows
from practices.models import GoodPracticePage, PartnerPage, Theme

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


@pytest.fixture
def catalogue(practice_index, partner_index):
    return practice_index


def import_path(name: str, **options):
    path = FILES / name
    return import_file(path.read_bytes(), path.name, **options)


def test_good_csv_file_creates_practices_themes_and_partners(catalogue):
    report = import_path("good.csv", publish=True)
    assert report.ok, report.errors
    assert (report.imported, report.updated, report.rejected) == (2, 0, 0)

    seeds = GoodPracticePage.objects.get(source_id="UNDESA-101")
    assert seeds.live and seeds.title == "Community seed banks"
    assert sorted(seeds.countries.values_list("code", flat=True)) == ["BF", "NE", "SN"]
    assert sorted(seeds.sdgs.values_list("number", flat=True)) == [2, 13]
    assert set(seeds.themes.values_list("name", flat=True)) == {
        "Food security",
        "Climate adaptation",
    }
    assert seeds.challenge == "<p>Dry spells.</p><p>Farmers eat their seed.</p>"
    assert [(p["name"], p["role"]) for p in seeds.partners] == [
        ("Sahel Seed Network", "provider"),
        ("FAO", "funder"),
    ]
    assert "011" in seeds.region_codes  # Western Africa, derived from the countries
    health = GoodPracticePage.objects.get(source_id="UNDESA-102")
    assert health.language == "fr" and health.end_year is None
    assert health.practice_partners.get().role == "partner"  # no role given
    assert PartnerPage.objects.filter(title="Kenya eHealth Lab", live=True).exists()


def test_json_lines_file_uses_arrays(catalogue):
    report = import_path("good.jsonl")
    assert (report.imported, report.rejected) == (1, 0), report.errors
    mangroves = GoodPracticePage.objects.get(source_id="PAN-7")
    assert not mangroves.live  # drafts unless --publish
    assert sorted(mangroves.countries.values_list("code", flat=True)) == ["PH", "VN"]
    assert mangroves.practice_partners.first().role == "facilitating"


def test_every_bad_row_is_reported_with_line_column_and_reason(catalogue):
    report = import_path("bad.csv")
    found = {(error.line, error.column) for error in report.errors}
    messages = " | ".join(str(error) for error in report.errors)
    assert report.imported == 1 and report.rejected == 12
    assert {
        (3, "title"),
        (4, "countries"),
        (5, "sdgs"),
        (6, "end_year"),
        (7, "modality"),
        (8, "language"),
        (9, "partners"),
        (10, "start_year"),
        (11, "url"),
        (12, "source_id"),
        (13, "source_id"),
        (14, "summary"),
    } <= found
    assert "Atlantis" in messages and "“18” is not an SDG" in messages
    assert "already appears on line 2" in messages
    assert "line 6, column end_year: the end year 2010 is before the start year 2020" in messages
    assert GoodPracticePage.objects.filter(source_id="OK-1").exists()
    assert not GoodPracticePage.objects.filter(source_id__startswith="BAD").exists()


def test_broken_files_are_refused_with_one_clear_error(catalogue):
    assert "required column" in str(import_file(b"name,summary\nx,y\n", "a.csv").errors[0])
    assert "not UTF-8" in str(import_file("title\n".encode("utf-16"), "a.csv").errors[0])
    nul = import_file(b"source_id,title,summary\nA,Ti\x00tle,S\n", "a.csv")
    assert str(nul.errors[0]) == "line 2, column title: contains a NUL character"
    report = import_file(b'{"source_id": "A"\n[1, 2]\n', "a.jsonl")
    assert [error.line for error in report.errors] == [1, 2] and report.rejected == 2


def test_reimport_updates_by_source_id_without_duplicates(catalogue):
    import_path("good.csv", publish=True)
    edited = (FILES / "good.csv").read_text().replace("Community seed banks", "Village seed banks")
    report = import_file(edited.encode(), "good.csv", publish=True)
    assert (report.imported, report.updated, report.rejected) == (0, 2, 0)
    assert GoodPracticePage.objects.count() == 2
    assert GoodPracticePage.objects.get(source_id="UNDESA-101").title == "Village seed banks"
    assert PartnerPage.objects.filter(title="FAO").count() == 1
    assert Theme.objects.filter(name="Food security").count() == 1


def test_reimport_without_publishing_leaves_live_practices_as_published(catalogue):
    import_path("good.csv", publish=True)
    edited = (FILES / "good.csv").read_text().replace("Community seed banks", "Village seed banks")
    report = import_file(edited.encode(), "good.csv", publish=False)
    assert (report.imported, report.updated, report.rejected) == (0, 2, 0)
    page = GoodPracticePage.objects.get(source_id="UNDESA-101")
    assert page.live and page.title == "Community seed banks"  # what visitors still see
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Village seed banks"
    draft.save_revision().publish()
    assert GoodPracticePage.objects.get(source_id="UNDESA-101").title == "Village seed banks"


def test_dry_run_changes_nothing(catalogue):
    report = import_path("good.csv", dry_run=True)
    assert report.imported == 2 and report.dry_run
    assert not GoodPracticePage.objects.exists()
    assert not Theme.objects.exists() and not PartnerPage.objects.exists()


@pytest.mark.parametrize("extended", [False, True])
def test_export_then_import_into_an_empty_site_gives_the_same_records(catalogue, extended):
    import_path("good.csv", publish=True)
    import_path("good.jsonl", publish=True)
    for format in ("csv", "jsonl"):
        first = io.StringIO()
        assert export_practices(first, format, extended) == 3
        GoodPracticePage.objects.all().delete()
        report = import_file(first.getvalue(), f"export.{format}", publish=True)
        assert (report.imported, report.rejected) == (3, 0), report.errors
        second = io.StringIO()
        export_practices(second, format, extended)
        assert second.getvalue() == first.getvalue()


def test_export_writes_exactly_the_interchange_columns_by_default(catalogue):
    import_path("good.csv", publish=True)
    output = io.StringIO()
    export_practices(output, "csv")
    header = output.getvalue().splitlines()[0]
    assert header == (
        "source_id,title,summary,language,countries,sdgs,themes,modality,partners,"
        "start_year,end_year,challenge,solution,results,url"
    )
    extended = io.StringIO()
    export_practices(extended, "csv", extended=True)
    assert extended.getvalue().splitlines()[0].startswith(header + ",subtitle,stage")


def test_export_writes_the_interchange_columns_first(catalogue):
    import_path("good.jsonl")
    output = io.StringIO()
    export_practices(output, "jsonl", extended=True, include_unpublished=True)
    record = json.loads(output.getvalue())
    assert list(record)[:15] == [
        "source_id", "title", "summary", "language", "countries", "sdgs", "themes",
        "modality", "partners", "start_year", "end_year", "challenge", "solution",
        "results", "url",
    ]  # fmt: skip
    assert record["partners"] == ["Coastal Institute (facilitating)", "UNDP (funder)"]
    rows = read_rows(FILES.joinpath("good.csv").read_bytes(), "good.csv")
    assert rows[1][0] == 5  # the second record starts on line 5 (multi-line cell above)


def test_import_command_reports_counts_and_fails_on_bad_rows(catalogue, capsys):
    out = io.StringIO()
    call_command("import_practices", str(FILES / "good.csv"), "--publish", stdout=out)
    assert "2 imported, 0 updated, 0 rejected" in out.getvalue()

    err = io.StringIO()
    with pytest.raises(CommandError, match="1 imported, 0 updated, 12 rejected"):
        call_command("import_practices", str(FILES / "bad.csv"), stderr=err)
    assert "line 4, column countries: unknown country “Atlantis”" in err.getvalue()

    with pytest.raises(CommandError, match="No such file"):
        call_command("import_practices", "/no/such/file.csv")


def test_import_command_dry_run_and_export_command(catalogue, tmp_path):
    call_command("import_practices", str(FILES / "good.csv"), "--dry-run", stdout=io.StringIO())
    assert not GoodPracticePage.objects.exists()
    call_command("import_practices", str(FILES / "good.jsonl"), stdout=io.StringIO())
    out = io.StringIO()
    call_command("export_practices", "--format", "jsonl", "--all", stdout=out)
    assert json.loads(out.getvalue())["source_id"] == "PAN-7"
    target = tmp_path / "practices.csv"
    call_command("export_practices", "--output", str(target), stderr=io.StringIO())
    assert target.read_text().startswith("source_id,title,summary,language,countries")


def test_import_without_an_index_page_fails_clearly(site):
    report = import_path("good.csv")
    assert not report.ok and "no practice index page" in str(report.errors[0])
