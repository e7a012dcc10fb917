"""File storages from URLs: the local file system by default, S3-compatible object storage when
MEDIA_STORAGE_URL / PRIVATE_STORAGE_URL are set (see the README, "Running on several machines").

    s3://[ACCESS_KEY:SECRET_KEY@]BUCKET[/PREFIX][?endpoint_url=...&region=...&option=value]

Without credentials in the URL, django-storages and boto3 read the usual AWS_ACCESS_KEY_ID /
AWS_SECRET_ACCESS_KEY (or an instance role). The query string may set any of OPTIONS.
"""

from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"
LOCAL_BACKEND = "django.core.files.storage.FileSystemStorage"

# Options of django-storages' S3Storage a URL may set, and how to read their text.
OPTIONS = {
    "endpoint_url": str,
    "region_name": str,
    "custom_domain": str,
    "default_acl": str,
    "signature_version": str,
    "addressing_style": str,
    "url_protocol": str,
    "querystring_expire": int,
    "use_ssl": lambda value: value.lower() in {"1", "true", "yes", "on"},
    "verify": lambda value: value.lower() in {"1", "true", "yes", "on"},
}
ALIASES = {"region": "region_name", "endpoint": "endpoint_url", "acl": "default_acl"}


def s3_options(url: str) -> dict:
    """django-storages S3Storage options from an s3:// URL; ImproperlyConfigured if malformed."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.hostname:
        raise ImproperlyConfigured(f"A storage URL looks like s3://bucket/prefix?..., not {url!r}.")
    options = {"bucket_name": parts.hostname, "location": parts.path.strip("/")}
    if parts.username:
        options["access_key"] = unquote(parts.username)
        options["secret_key"] = unquote(parts.password or "")
    for name, value in parse_qsl(parts.query):
        name = ALIASES.get(name, name)
        if name not in OPTIONS:
            known = ", ".join(sorted([*OPTIONS, *ALIASES]))
            raise ImproperlyConfigured(f"Unknown storage option {name!r} in {url!r}: {known}.")
        options[name] = OPTIONS[name](value)
    return options


def media_storage(url: str) -> dict:
    """Uploads anyone may read (images, documents, renditions): plain, unsigned URLs."""
    if not url:
        return {"BACKEND": LOCAL_BACKEND}  # MEDIA_ROOT, read when first used
    options = {"querystring_auth": False, "file_overwrite": False, **s3_options(url)}
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def private_storage(url: str, root, seconds: int) -> dict:
    """Files only authorised staff may fetch (exports, queued imports): never served as such;
    on object storage, handed out through signed URLs that live `seconds`."""
    if not url:
        # base_url=None would fall back to MEDIA_URL: nothing here has a public address.
        # (Import progress files are rewritten in place, hence overwriting.)
        options = {"location": root, "base_url": "/private/", "allow_overwrite": True}
        return {"BACKEND": LOCAL_BACKEND, "OPTIONS": options}
    options = {
        "querystring_auth": True,
        "querystring_expire": seconds,
        "file_overwrite": True,  # names are unguessable, or state files rewritten in place
        **s3_options(url),
    }
    if options.get("default_acl", "private") != "private":
        raise ImproperlyConfigured("PRIVATE_STORAGE_URL must not make its files public.")
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}
