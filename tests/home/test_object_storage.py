"""Several machines share files through S3-compatible object storage: uploads are public,
exports stay private and leave only through short-lived signed URLs.

Runs against a real S3 server (moto's, on 127.0.0.1) through the settings' own storage URLs.
"""

import io
import json
import time
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
import requests
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse
from moto.server import ThreadedMotoServer
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from discussions.moderation.exports import store_export
from minga.settings.storages import media_storage, private_storage, s3_options
from practices import import_jobs
from practices.models import GoodPracticePage
from practices.tasks import import_practices_file
from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    ContributionFactory,
    DiscussionIndexPageFactory,
    DiscussionPageFactory,
)
from tests.factories.practices import PracticeIndexPageFactory

pytestmark = pytest.mark.django_db

BUCKET = "minga-files"
SIGNED_SECONDS = 60


@pytest.fixture(scope="module")
def s3_endpoint():
    """A real S3 server; one bucket, of which only the media/ prefix is readable by anyone."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="minga-test",
        aws_secret_access_key="minga-test-secret",
    )
    client.create_bucket(Bucket=BUCKET)
    public_media = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{BUCKET}/media/*",
            }
        ],
    }
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(public_media))
    yield endpoint, client
    server.stop()


@pytest.fixture
def object_storage(settings, s3_endpoint):
    """The settings a machine gets from MEDIA_STORAGE_URL and PRIVATE_STORAGE_URL."""
    endpoint, client = s3_endpoint
    query = f"endpoint_url={endpoint}&region=us-east-1&addressing_style=path"
    credentials = "minga-test:minga-test-secret"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage(f"s3://{credentials}@{BUCKET}/media?{query}"),
        "private": private_storage(
            f"s3://{credentials}@{BUCKET}/private?{query}", None, SIGNED_SECONDS
        ),
    }
    return endpoint, client


def _keys(client, prefix: str) -> list[str]:
    listing = client.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    return [item["Key"] for item in listing.get("Contents", [])]


def _png() -> ImageFile:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (120, 80), (200, 90, 40)).save(buffer, format="PNG")
    return ImageFile(buffer, name="harvest.png")


def _expires_at(signed_url: str) -> float:
    """When a signed URL stops working, from its own query string (SigV4 or SigV2)."""
    query = {key: values[0] for key, values in parse_qs(urlsplit(signed_url).query).items()}
    if "X-Amz-Expires" in query:
        signed = datetime.strptime(query["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return signed.timestamp() + int(query["X-Amz-Expires"])
    return float(query["Expires"])


def test_an_uploaded_image_and_its_rendition_are_in_the_bucket_and_public(object_storage):
    _endpoint, client = object_storage
    image = get_image_model().objects.create(title="Harvest", file=_png())
    rendition = image.get_rendition("fill-60x40")

    assert any(key.startswith("media/original_images/harvest") for key in _keys(client, "media/"))
    assert any(key.startswith("media/images/harvest") for key in _keys(client, "media/"))
    for url in (image.file.url, rendition.url):
        assert "Signature" not in url  # a plain address anyone (and the page cache) can keep
        answer = requests.get(url, timeout=10)
        assert answer.status_code == 200
        assert answer.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_pages_allow_images_from_the_media_bucket_and_nowhere_else(object_storage, client, site):
    endpoint, _s3 = object_storage
    policy = client.get("/en/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["img-src"] == f"'self' data: {endpoint}"
    assert directives["script-src"] == "'self'"  # nothing else from the bucket


def test_a_document_is_served_by_a_redirect_to_its_public_address(object_storage, client):
    _endpoint, client_s3 = object_storage
    content = ContentFile(b"Lessons from the mangrove project.", name="lessons.txt")
    document = get_document_model().objects.create(title="Lessons", file=content)
    assert any(key.startswith("media/documents/lessons") for key in _keys(client_s3, "media/"))
    response = client.get(document.url)
    assert response.status_code == 302
    answer = requests.get(response["Location"], timeout=10)
    assert answer.status_code == 200 and answer.content == b"Lessons from the mangrove project."


def test_an_export_is_private_and_a_moderator_gets_a_short_lived_signed_url(
    object_storage, client, site
):
    endpoint, s3 = object_storage
    index = DiscussionIndexPageFactory(parent=site.root_page)
    discussion = DiscussionPageFactory(parent=index, title="Learning from peers", slug="peers")
    ContributionFactory(discussion=discussion, comment="Peers share failures.")
    name = store_export(discussion, "csv", full=True)

    assert _keys(s3, "private/exports/") == [f"private/exports/{name}"]
    assert not [key for key in _keys(s3, "media/") if name in key]  # never under public media
    anonymous = requests.get(f"{endpoint}/{BUCKET}/private/exports/{name}", timeout=10)
    assert anonymous.status_code == 403

    download = reverse("moderation_admin:download", kwargs={"name": name})
    client.force_login(UserFactory(username="curious"))  # a member, not a moderator
    refused = client.get(download)
    assert refused.status_code == 302 and BUCKET not in refused["Location"]

    moderator = UserFactory(username="mod", is_superuser=True, is_staff=True)
    client.force_login(moderator)
    before = time.time()
    response = client.get(download)
    assert response.status_code == 302
    signed_url = response["Location"]
    assert signed_url.startswith(f"{endpoint}/{BUCKET}/private/exports/")
    assert "no-store" in response["Cache-Control"]  # the signed address is kept nowhere
    fetched = requests.get(signed_url, timeout=10)
    assert fetched.status_code == 200
    assert "Peers share failures." in fetched.content.decode("utf-8-sig")
    assert fetched.headers["Content-Disposition"] == (
        'attachment; filename="peers-contributions-full.csv"'
    )
    # moto does not enforce expiry, so the URL's own lifetime is checked: about a minute.
    assert before < _expires_at(signed_url) <= time.time() + SIGNED_SECONDS + 1


def test_an_unknown_export_name_is_not_found_and_never_reaches_the_bucket(object_storage, client):
    client.force_login(UserFactory(username="mod", is_superuser=True, is_staff=True))
    name = "0123456789abcdef0123456789abcdef-1--peers-contributions.csv"
    response = client.get(reverse("moderation_admin:download", kwargs={"name": name}))
    assert response.status_code == 404


def test_a_queued_import_is_read_from_the_private_bucket_by_the_worker_and_removed(
    object_storage, site
):
    endpoint, s3 = object_storage
    PracticeIndexPageFactory(parent=site.root_page)
    editor = UserFactory(username="editor")
    csv = "source_id,title,summary\n" + "".join(f"S3-{n},Practice {n},Seed.\n" for n in range(3))
    stored = import_jobs.store(io.BytesIO(csv.encode()), "practices.csv")
    import_jobs.record(stored, "practices.csv", 0, 3, editor.pk)

    assert sorted(_keys(s3, "private/imports/")) == [
        f"private/imports/{stored}",
        f"private/imports/{stored}.status.json",
    ]
    assert (
        requests.get(f"{endpoint}/{BUCKET}/private/imports/{stored}", timeout=10).status_code == 403
    )
    [job] = import_jobs.running()  # what the admin shows, from any machine
    assert (job.name, job.done, job.total) == ("practices.csv", 0, 3)

    assert "3 imported" in import_practices_file(stored, "practices.csv", editor.pk)
    assert GoodPracticePage.objects.filter(source_id__startswith="S3-").count() == 3
    assert _keys(s3, "private/imports/") == []  # nothing left behind
    assert import_jobs.running() == []


def test_a_storage_url_gives_bucket_prefix_credentials_and_options():
    options = s3_options(
        "s3://KEY:se%2Fcret@minga-media/uploads/?endpoint_url=https://s3.example.org&region=fr-par"
    )
    assert options == {
        "bucket_name": "minga-media",
        "location": "uploads",
        "access_key": "KEY",
        "secret_key": "se/cret",
        "endpoint_url": "https://s3.example.org",
        "region_name": "fr-par",
    }
    assert "access_key" not in s3_options("s3://minga-media")  # then AWS_* variables are used


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://minga-media/uploads", "looks like s3://"),
        ("s3://minga-media?colour=blue", "Unknown storage option 'colour'"),
    ],
)
def test_a_malformed_storage_url_is_a_clear_start_up_error(url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        media_storage(url)


def test_without_storage_urls_files_stay_on_the_local_file_system():
    assert media_storage("")["BACKEND"].endswith("FileSystemStorage")
    private = private_storage("", "/srv/private", SIGNED_SECONDS)
    assert private["OPTIONS"]["location"] == "/srv/private"
    with pytest.raises(ImproperlyConfigured, match="must not make its files public"):
        private_storage("s3://minga-private?acl=public-read", None, SIGNED_SECONDS)
