"""Settings shared by every environment; machine-specific values come from the environment."""

from pathlib import Path

import environ
from django.conf import settings as django_settings
from django.utils.functional import lazy

from .storages import media_storage, private_storage

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# A development-only key; production.py refuses to start with it.
INSECURE_DEFAULT_SECRET_KEY = "django-insecure-minga-development-key-do-not-use-in-production"
SECRET_KEY = env("SECRET_KEY", default=INSECURE_DEFAULT_SECRET_KEY)
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Minga apps (search last: it reads the others' models).
    "home",
    "accounts",
    "practices",
    "discussions",
    "discussions.moderation",
    "discussions.mail",
    "translation",
    "search",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",  # /sitemap.xml (home/seo.py)
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # Page and snippet translation: synced translations, PO files, machine translation.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    # Members and contributions
    "allauth",
    "allauth.account",
    "django_comments_xtd",
    "django_comments",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.staticfiles",
    "django.contrib.syndication",
    "django.contrib.sitemaps",  # the sitemap.xml template
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.security.SecurityHeadersMiddleware",  # CSP, Permissions-Policy (also on cached pages)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.page_cache.PageCacheMiddleware",  # performance: anonymous pages whole, by tag
    "django.middleware.gzip.GZipMiddleware",  # cached pages hold no CSRF token (BREACH)
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.outage.DatabaseOutageMiddleware",  # robustness: a database outage answers 503
    "home.i18n.PageRoutingMiddleware",  # performance: page routing from cached locale roots
]

ROOT_URLCONF = "minga.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "minga.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Internationalisation: URLs carry the language (/en/, /fr/ ...), pages exist per locale.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# locale/third_party/pt holds the Brazilian strings of Django and allauth (see the
# brazilian_catalogue command): Python resolves "pt" to their European-Portuguese catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "third_party"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
# Files only signed-in staff may download (moderation exports, queued imports): never under
# MEDIA_ROOT, which a production web server may serve to anyone.
PRIVATE_ROOT = env.path("PRIVATE_ROOT", default=BASE_DIR / "private")
# scale: on several machines, both go to S3-compatible object storage (minga/settings/storages.py):
# MEDIA_STORAGE_URL=s3://bucket/media?endpoint_url=...; private files through signed URLs only.
MEDIA_STORAGE_URL = env("MEDIA_STORAGE_URL", default="")
PRIVATE_STORAGE_URL = env("PRIVATE_STORAGE_URL", default="")
PRIVATE_URL_SECONDS = env.int("PRIVATE_URL_SECONDS", default=60)  # life of a signed download URL
STORAGES = {
    "default": media_storage(MEDIA_STORAGE_URL),
    "private": private_storage(PRIVATE_STORAGE_URL, PRIVATE_ROOT, PRIVATE_URL_SECONDS),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: EMAIL_URL selects the backend (consolemail://, smtp+tls://user:pw@host:587 ...).
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Minga <noreply@minga.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work: without a broker, Celery runs tasks eagerly in-process.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=CELERY_BROKER_URL or None)
CELERY_TASK_ACKS_LATE = True
# Two sites (or a test's private database) sharing one Redis keep their tasks apart by queue.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
# Robustness: see the README, "Background work and the outbox". A task is acknowledged when it
# ends, so a worker killed mid-task leaves it to another one; Redis hands an unacknowledged task out again
# after the visibility timeout, which must exceed the longest task (a large admin import).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", default=3 * 3600)
# Publishing gives up fast when the broker is down: the outbox (home/outbox.py) keeps the call.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    "socket_connect_timeout": 2,
    "socket_timeout": 10,
}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = 2
CELERY_REDIS_SOCKET_TIMEOUT = 10
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 0.5,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE = {
    "drain-outbox": {"task": "home.tasks.drain_outbox", "schedule": 60.0},
    # Digests go out after each day (and week, Monday 00:00 UTC) ends; an hourly tick catches
    # up after a worker was down, and each member's digest for a period is sent once.
    "send-digests": {"task": "discussions.mail.tasks.send_due_digests", "schedule": 3600.0},
}
# A task handed to the broker but not started within this many seconds is published again
# from the outbox (a broker restart without persistence loses its queue); see home/outbox.py.
MINGA_OUTBOX_REDELIVERY_SECONDS = env.int("MINGA_OUTBOX_REDELIVERY_SECONDS", default=15 * 60)

# Search: database full-text by default, Elasticsearch when ELASTICSEARCH_URL is set.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", default="minga")
# Run the embedding model (native code fed untrusted text) in a child process of each web or
# worker process, so that a crash costs one retry, never the process (on in production).
SEARCH_EMBEDDING_ISOLATED = env.bool("SEARCH_EMBEDDING_ISOLATED", default=False)
# OpenMP threads of the embedding model. Unset: one in web and worker processes (home/embeddings),
# every core in a batch job such as `rebuild_search`.
SEARCH_EMBEDDING_THREADS = env.int("SEARCH_EMBEDDING_THREADS", default=None)
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}

CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://minga"),
    # Wagtail reads image renditions (file, width, height) from the alias "renditions": a week
    # rather than the default five minutes, so a page with images asks the database for none.
    # The key holds the image file's hash, and Wagtail deletes it with the rendition.
    "renditions": {
        **env.cache("CACHE_URL", default="locmemcache://minga"),
        "KEY_PREFIX": "renditions",
        "TIMEOUT": 7 * 24 * 3600,
    },
}
# Sessions: the database holds them, the cache (Redis in production, shared by every process)
# answers the read each member's request makes.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# images: the demo loaders make each image's renditions (AVIF, WebP, JPEG) ahead of the first
# visitor (home/templatetags/minga_images.py)
MINGA_WARM_RENDITIONS = True

# performance: the anonymous page cache (home/page_cache.py) in the default cache
MINGA_PAGE_CACHE = env.bool("MINGA_PAGE_CACHE", default=True)
MINGA_PAGE_CACHE_SECONDS = env.int("MINGA_PAGE_CACHE_SECONDS", default=600)  # purged on change
# s-maxage for a CDN or reverse proxy (purges do not reach it): 0 means revalidate every time
MINGA_PAGE_CACHE_SHARED_SECONDS = env.int("MINGA_PAGE_CACHE_SHARED_SECONDS", default=0)
# After an addition (a soft purge) a page is rebuilt at most once in this many seconds; readers
# get the previous copy meanwhile (a busy discussion is not rebuilt for every post). 0: each time
MINGA_PAGE_CACHE_REBUILD_SECONDS = env.int("MINGA_PAGE_CACHE_REBUILD_SECONDS", default=2)

# Wagtail
WAGTAIL_SITE_NAME = "Minga"
# No autosave: in Wagtail 8.0 an autosave request that loaded a page before a concurrent Publish
# saves the whole page row afterwards (form.save(commit=not page.live)), putting live=False back,
# so a first Publish could report success and leave the page a draft. Editors keep the
# unsaved-changes warning; tests/browser/test_dead_ends.py publishes at once and mid-typing.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# The one public address (scheme, host, port) of links in e-mails, feeds and the API: see
# home/urls.py and the README, "Addresses, e-mails and times". The API follows it even when a
# test overrides it.
WAGTAILAPI_BASE_URL = lazy(lambda: django_settings.WAGTAILADMIN_BASE_URL, str)()
WAGTAILAPI_LIMIT_MAX = 100
SITE_ID = 1

# Accounts (django-allauth)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"login": "accounts.forms.LoginForm", "signup": "accounts.forms.SignupForm"}
# Confirming the address in the browser that signed up logs the member in and takes them back
# to the page they came from (the `next` kept since sign-up).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Minga] "

# Contributions (django-comments-xtd)
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MAX_THREAD_LEVEL = 2  # three visible levels: 0, 1, 2; deeper replies stay flat
COMMENTS_XTD_CONFIRM_EMAIL = False
# A development-only value; production.py refuses to start with it.
INSECURE_DEFAULT_COMMENTS_SALT = "minga-contributions"
COMMENTS_XTD_SALT = env("COMMENTS_XTD_SALT", default=INSECURE_DEFAULT_COMMENTS_SALT).encode()

# discussions
INSTALLED_APPS += ["wagtail.contrib.routable_page"]
COMMENTS_XTD_MODEL = "discussions.models.Contribution"
COMMENTS_XTD_FORM_CLASS = "discussions.forms.ContributionForm"
# django_comments bakes COMMENT_MAX_LENGTH into its model (a migration diff if changed); the
# 20,000-character limit of contributions is enforced by our forms instead.
COMMENT_MAX_LENGTH = 3000
DISCUSSIONS_MAX_LENGTH = 20_000
COMMENTS_XTD_LIST_ORDER = ("thread_id", "order")
DISCUSSIONS_PAGE_SIZE = 15  # threads per page of a discussion
# performance: no page of a discussion over 100 KB of HTML, whatever its length
DISCUSSIONS_REPLIES_SHOWN = 2  # replies under each thread on the discussion page
DISCUSSIONS_FOLD_CHARS = 700  # longer bodies show an excerpt there, whole on the thread page
DISCUSSIONS_THREAD_PAGE_BYTES = 60_000  # contribution text per page of a thread page
DISCUSSIONS_EDIT_MINUTES = 30

# discussions: synthesis per guiding question (discussions/synthesis/)
# Embed each published contribution's passages when it is posted (a worker's job), so a draft
# of 500 contributions only groups stored vectors (seconds instead of minutes); off, the draft
# embeds what it lacks.
SYNTHESIS_EMBED_ON_POST = env.bool("SYNTHESIS_EMBED_ON_POST", default=True)

# discussion mail: digests and replies by e-mail (discussions/mail)
MINGA_REPLY_DOMAIN = env("MINGA_REPLY_DOMAIN", default="")  # empty: mails carry no reply address
MINGA_REPLY_DAYS = env.int("MINGA_REPLY_DAYS", default=30)  # a reply address expires after this
MINGA_REPLY_MAX_BYTES = env.int("MINGA_REPLY_MAX_BYTES", default=1_000_000)
MINGA_INBOUND_SMTP_HOST = env("MINGA_INBOUND_SMTP_HOST", default="127.0.0.1")
MINGA_INBOUND_SMTP_PORT = env.int("MINGA_INBOUND_SMTP_PORT", default=8025)
MINGA_MAILGUN_SIGNING_KEY = env("MINGA_MAILGUN_SIGNING_KEY", default="")  # empty: webhook off
MINGA_MAILGUN_MAX_AGE = env.int("MINGA_MAILGUN_MAX_AGE", default=300)  # seconds

# moderation
MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 1  # a member's first N contributions wait for a moderator
MINGA_PREMODERATE_MAX_LINKS = 2  # a contribution with more links than this waits too
MINGA_FLAG_THRESHOLD = 3  # distinct members' flags that hide a contribution until reviewed
MINGA_MODERATOR_NOTICE_MINUTES = 15  # at most one pending-items e-mail per moderator and discussion
MINGA_EXPORT_ASYNC_THRESHOLD = 500  # larger admin exports run as a Celery task
MINGA_IMPORT_ASYNC_THRESHOLD = 200  # admin imports of more rows run as a Celery task
MINGA_IMPORT_BATCH_SIZE = 100  # rows saved per transaction (robustness: no long transaction)

# translation: machine translation of contributions and (through wagtail-localize) of pages.
# LibreTranslate when its URL is set, else DeepL when its key is set, else none: nothing shows.
MINGA_TRANSLATION_URL = env("MINGA_TRANSLATION_URL", default="")
MINGA_TRANSLATION_KEY = env("MINGA_TRANSLATION_KEY", default="")
MINGA_DEEPL_KEY = env("MINGA_DEEPL_KEY", default="")
MINGA_DEEPL_URL = env("MINGA_DEEPL_URL", default="")  # empty: DeepL's own API for the key
MINGA_TRANSLATION_PROVIDER = env("MINGA_TRANSLATION_PROVIDER", default="")  # force one of both
MINGA_TRANSLATION_TIMEOUT = env.float("MINGA_TRANSLATION_TIMEOUT", default=5.0)  # seconds
MINGA_TRANSLATION_MAX_CHARS = env.int("MINGA_TRANSLATION_MAX_CHARS", default=5000)  # per request
MINGA_TRANSLATION_MAX_RETRIES = env.int("MINGA_TRANSLATION_MAX_RETRIES", default=5)  # then give up
MINGA_TRANSLATION_RETRY_DELAY = 2  # seconds; doubles at each retry (with jitter), at most 10 min
if MINGA_TRANSLATION_URL or MINGA_DEEPL_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translation.machine_translator.MingaMachineTranslator",
        "OPTIONS": {},
    }

# security: login protection, rate limits, security headers (see the README, "Security").
# Reverse proxies whose X-Forwarded-For is believed: a number of proxies ("1") or networks
# ("10.0.0.0/8,fd00::/8"); empty: the client is REMOTE_ADDR and X-Forwarded-For is ignored.
MINGA_TRUSTED_PROXIES = env("MINGA_TRUSTED_PROXIES", default="")
MINGA_LOGIN_PAIR_FAILURES = env.int("MINGA_LOGIN_PAIR_FAILURES", default=5)
MINGA_LOGIN_PAIR_MAX_LOCK = env.int("MINGA_LOGIN_PAIR_MAX_LOCK", default=30 * 60)  # seconds
MINGA_LOGIN_ADDRESS_FAILURES = env.int("MINGA_LOGIN_ADDRESS_FAILURES", default=50)  # per hour
MINGA_LOGIN_ADDRESS_LOCK = env.int("MINGA_LOGIN_ADDRESS_LOCK", default=15 * 60)
MINGA_LOGIN_ACCOUNT_FAILURES = env.int("MINGA_LOGIN_ACCOUNT_FAILURES", default=200)  # per hour
MINGA_LOGIN_ACCOUNT_LOCK = env.int("MINGA_LOGIN_ACCOUNT_LOCK", default=15 * 60)
AUTHENTICATION_BACKENDS = [
    "accounts.login_protection.LoginProtectionBackend",
    *AUTHENTICATION_BACKENDS,
]
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.login_protection.ProtectedWagtailLoginForm"
# No Gravatar images in the admin: they would tell gravatar.com who moderates (and the CSP
# allows images from this site only).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Content-Security-Policy-Report-Only instead of enforcing (default: when DEBUG is on).
MINGA_CSP_REPORT_ONLY = env.bool("MINGA_CSP_REPORT_ONLY", default=None)
# The language cookie is only read by the server; production.py also makes it HTTPS-only.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# "count/period" (s, m, h, d), comma-separated; MINGA_RATE_LIMIT_<NAME> overrides one.
# Members are counted per account, visitors per address; "new" limits apply to members whose
# account is younger than MINGA_NEW_MEMBER_DAYS or who have no published contribution yet.
MINGA_NEW_MEMBER_DAYS = env.int("MINGA_NEW_MEMBER_DAYS", default=3)
MINGA_RATE_LIMITS = {
    name: env(f"MINGA_RATE_LIMIT_{name.upper()}", default=default)
    for name, default in {
        "post": "6/m,60/h",
        "post_new": "3/m,15/h",
        "edit": "10/m,60/h",
        "flag": "10/h",
        "flag_new": "3/h",
        "follow": "30/m",
        "contact": "3/h,10/d",
        "proposal": "5/h",
        "proposal_new": "2/h",
        "search": "60/m",
        "suggest": "240/m",
        "admin_password_reset": "5/m,20/h",
    }.items()
}
# allauth counts sign-ups and password resets itself (same cache, same client address through
# AccountAdapter.get_client_ip); failed logins are counted by accounts/login_protection.py.
ACCOUNT_RATE_LIMITS = {
    "login_failed": False,
    "signup": env("MINGA_RATE_LIMIT_SIGNUP", default="5/m/ip,20/h/ip"),
    "reset_password": env("MINGA_RATE_LIMIT_PASSWORD_RESET", default="5/m/ip,20/h/ip,3/h/key"),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
    "loggers": {"minga": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# Site setup: each app contributes its section index pages, built in this order under the home
# page by `manage.py setup_site` (home/setup.py); load_demo builds on the same pages.
MINGA_SITE_SECTIONS = ["practices.setup.build", "discussions.setup.build"]

# Demo content: each app contributes a loader, called in this order by `manage.py load_demo`.
MINGA_DEMO_LOADERS = [
    "home.demo.load",
    "accounts.demo.load",
    "practices.demo.load",
    "discussions.demo.load",
    "discussions.moderation.demo.load",
    "search.demo.load",
]
