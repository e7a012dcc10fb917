"""URL configuration: admin and APIs unprefixed, every public page under a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.login_protection import admin_password_reset
from home import seo
from home import views as home_views

urlpatterns = [
    # Search engines and browsers look for these at the root, without a language prefix.
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("favicon.ico", seo.favicon, name="favicon"),
    path("django-admin/", admin.site.urls),
    # Wagtail's own password reset, rate-limited like the members' one (matched first).
    path("admin/password_reset/", admin_password_reset),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz/", home_views.healthz, name="healthz"),
    path("api/", include("practices.api_urls")),
    path("api/", include("search.api_urls")),
    path("inbound-mail/", include("discussions.mail.webhook_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# django-comments-xtd's own views are not routed: contributions are posted and shown by
# discussions' views (see discussions/xtd.py).
urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("contributions/moderation/", include("discussions.moderation.urls")),
    path("contributions/mail/", include("discussions.mail.urls")),
    path("contributions/", include("discussions.urls")),
    path("practices-submit/", include("practices.urls")),
    path("search/", include("search.urls")),
    path("manifest.webmanifest", seo.manifest, name="manifest"),
    path("", include(wagtail_urls)),
)

handler400 = "home.views.bad_request"
handler403 = "home.views.permission_denied"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
# allauth answers its rate limits (sign-up, password reset) with this page too.
handler429 = "home.ratelimit.too_many_requests"
