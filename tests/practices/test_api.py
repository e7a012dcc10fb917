"""The public read-only API (Wagtail API v2) for practices and partners."""

import pytest

from tests.factories.practices import GoodPracticePageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(practice_index, partner_index):
    fao = PartnerPageFactory(parent=partner_index, title="FAO", country="IT", acronym="FAO")
    PartnerPageFactory(parent=partner_index, title="Kenya eHealth Lab", country="KE")
    GoodPracticePageFactory(
        parent=practice_index,
        title="Seed banks",
        source_id="S-1",
        countries=["SN"],
        sdgs=[2, 13],
        themes=["Food security"],
        modality="triangular",
        partners=[(fao, "funder")],
    )
    GoodPracticePageFactory(
        parent=practice_index,
        title="Health records",
        source_id="S-2",
        countries=["KE"],
        sdgs=[3],
        language="fr",
        modality="south-south",
    )
    draft = GoodPracticePageFactory(parent=practice_index, title="Draft", source_id="S-3")
    draft.unpublish()
    return practice_index


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


def test_practices_endpoint_lists_live_practices_with_their_fields(client, catalogue):
    response = client.get("/api/v2/practices/")
    assert titles(response) == ["Health records", "Seed banks"]
    item = next(i for i in response.json()["items"] if i["title"] == "Seed banks")
    assert item["source_id"] == "S-1"
    assert item["countries"] == ["SN"] and sorted(item["sdgs"]) == [2, 13]
    assert item["themes"] == ["Food security"] and item["modality"] == "triangular"

    detail = client.get(f"/api/v2/practices/{item['id']}/").json()
    assert detail["partners"] == [
        {"id": detail["partners"][0]["id"], "name": "FAO", "role": "funder"}
    ]
    assert "011" in detail["region_codes"] and "002" in detail["region_codes"]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"sdg": "13"}, ["Seed banks"]),
        ({"country": "KE"}, ["Health records"]),
        ({"region": "011"}, ["Seed banks"]),
        ({"region": "002"}, ["Health records", "Seed banks"]),
        ({"theme": "food-security"}, ["Seed banks"]),
        ({"modality": "south-south"}, ["Health records"]),
        ({"language": "fr"}, ["Health records"]),
        ({"sdg": "2", "country": "KE"}, []),
    ],
)
def test_practices_can_be_filtered(client, catalogue, params, expected):
    assert titles(client.get("/api/v2/practices/", params)) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"sdg": "18"},
        {"country": "XX"},
        {"region": "999"},
        {"theme": "nope"},
        {"theme": "a\x00"},
        {"unknown": "1"},
    ],
)
def test_unknown_filter_values_are_a_400(client, catalogue, params):
    response = client.get("/api/v2/practices/", params)
    assert response.status_code == 400
    assert "message" in response.json()


def test_partners_endpoint_and_filters(client, catalogue):
    assert titles(client.get("/api/v2/partners/")) == ["FAO", "Kenya eHealth Lab"]
    assert titles(client.get("/api/v2/partners/", {"region": "014"})) == ["Kenya eHealth Lab"]
    assert titles(client.get("/api/v2/partners/", {"country": "it"})) == ["FAO"]
    assert client.get("/api/v2/partners/", {"organisation_type": "x"}).status_code == 400
    item = client.get("/api/v2/partners/").json()["items"][0]
    assert item["acronym"] == "FAO" and item["country"] == "IT"


def test_api_is_read_only_and_public(client, catalogue):
    assert client.post("/api/v2/practices/", {}).status_code == 405
    assert client.get("/api/v2/pages/").status_code == 200
    assert client.get("/api/v2/images/").status_code == 200


def test_practice_listing_query_count_is_bounded(
    client, catalogue, practice_index, django_assert_max_num_queries
):
    for _n in range(20):
        GoodPracticePageFactory(parent=practice_index, countries=["KE"], sdgs=[1])
    with django_assert_max_num_queries(40):
        assert client.get("/api/v2/practices/", {"limit": 50}).status_code == 200
