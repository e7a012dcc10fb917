"""Security headers on every response: Content-Security-Policy and Permissions-Policy.

Public pages get a strict policy: scripts, styles, images and fonts from this origin only, no
inline script or style (templates use static files and CSS classes), no plugins, no framing.
The Wagtail and Django admins (ADMIN_PREFIXES) get a policy that allows inline script and style:
a few Wagtail widgets (date pickers, inline panels) still write inline scripts. The middleware
sits near the top of MIDDLEWARE so that pages served from a cache carry the headers too.
With MINGA_CSP_REPORT_ONLY (default: DEBUG) the browser reports violations instead of blocking.
Media on object storage (MEDIA_STORAGE_URL) is another origin: images and media may come from it.
"""

from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import storages

PUBLIC_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "media-src": "'self'",
    "object-src": "'none'",
    "frame-src": "'none'",
    "frame-ancestors": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "frame-src": "'self'",  # page previews
    "frame-ancestors": "'self'",
    "worker-src": "'self' blob:",
}
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "xr-spatial-tracking",
    )
)


def policy_text(policy: dict[str, str]) -> str:
    return "; ".join(f"{directive} {value}" for directive, value in policy.items())


PUBLIC_CSP = policy_text(PUBLIC_POLICY)
ADMIN_CSP = policy_text(ADMIN_POLICY)


@lru_cache(maxsize=8)
def _policies(media_storage: str) -> tuple[str, str]:
    """(public, admin) policy texts, with the media storage's origin when it has one."""
    address = urlsplit(storages["default"].url("minga"))
    if address.scheme not in {"http", "https"}:
        return PUBLIC_CSP, ADMIN_CSP  # media served by this site
    origin = f"{address.scheme}://{address.netloc}"
    public, admin = dict(PUBLIC_POLICY), dict(ADMIN_POLICY)
    for policy in (public, admin):
        policy["img-src"] += f" {origin}"
        policy["media-src"] += f" {origin}"
    return policy_text(public), policy_text(admin)


def policies() -> tuple[str, str]:
    return _policies(repr(settings.STORAGES["default"]))


def csp_header_name() -> str:
    report_only = getattr(settings, "MINGA_CSP_REPORT_ONLY", None)
    if report_only is None:
        report_only = settings.DEBUG
    return "Content-Security-Policy" + ("-Report-Only" if report_only else "")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        admin = request.path.startswith(ADMIN_PREFIXES)
        name = csp_header_name()
        if name not in response:  # a view may set a narrower policy of its own
            public_csp, admin_csp = policies()
            response[name] = admin_csp if admin else public_csp
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
