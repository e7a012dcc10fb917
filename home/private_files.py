"""Private files (moderation exports, queued imports): stored in the `private` storage (a
directory nothing serves, or a private bucket or prefix) and handed only to someone a view has
already authorised, as a short-lived signed URL or streamed by the view itself."""

from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.http import FileResponse, HttpResponse, HttpResponseRedirect


def private_storage() -> Storage:
    return storages["private"]


def save_private(name: str, content: bytes) -> str:
    """Store `content` under `name` (a path with an unguessable part); return the stored name."""
    return private_storage().save(name, ContentFile(content))


def download_response(name: str, filename: str) -> HttpResponse:
    """The stored file as an attachment called `filename`: call it only after authorising."""
    storage = private_storage()
    if getattr(storage, "querystring_auth", False):
        # Object storage: the browser fetches it straight from the bucket with a signed URL
        # that expires after PRIVATE_URL_SECONDS; the object itself is never public.
        safe_name = filename.replace('"', "")
        disposition = f'attachment; filename="{safe_name}"'
        url = storage.url(name, parameters={"ResponseContentDisposition": disposition})
        response = HttpResponseRedirect(url)
        response["Cache-Control"] = "private, no-store"
        return response
    return FileResponse(storage.open(name, "rb"), as_attachment=True, filename=filename)
