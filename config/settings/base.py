"""Settings shared by every environment; safe to deploy as they are (DEBUG off)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "users",
    "core",
    "home",
    "research",
    "partners",
    "agenda",
    "news",
    "search",
    "translations",
    "wording",
    "publishing",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Trigram look-ups for the translation memory (PostgreSQL only; harmless on SQLite).
    "django.contrib.postgres",
    "csp",
    "axes",
]

MIDDLEWARE = [
    # First: a stored page is served before any other middleware works; it is stored as they
    # finished it, with their headers, plain and compressed.
    "core.stored_pages.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.security.SitePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise, whose files are compressed ahead.
    "core.compression.TextCompressionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.languages.SiteLocaleMiddleware",
    # The page an address leads to, kept per generation for the pages built afresh.
    "core.routes.RouteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Everything worth knowing goes to standard error, where containers' logs are read: with DEBUG
# off, Django's own configuration would drop a failed request's traceback. A request's record
# carries its status code; Django writes the path in the message.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "site": {
            "()": "logging.Formatter",
            "fmt": "{asctime} {levelname} {name} {status_code} {message}",
            "style": "{",
            "defaults": {"status_code": "-"},
        }
    },
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "site"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Django's own handlers print only while DEBUG is on: its records go to the root's instead.
    "loggers": {"django": {"handlers": [], "level": os.environ.get("LOG_LEVEL", "INFO")}},
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.edited_locale",
            ],
        },
    },
]

# Without DATABASE_URL the site runs on SQLite in var/, so a fresh clone needs nothing else.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Each process's memory; production shares Redis between its workers and containers.
# Renditions (which image file each size is) have their own, so that pages never push them out.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
    },
}
# Anonymous visitors' pages (core/stored_pages.py): how long the server and a CDN keep them;
# every publish starts afresh. 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))
PAGE_CACHE_STALE_SECONDS = 60
# Names the build in the page cache's keys, so that a deploy never serves what the previous
# build stored; without it, the static files' manifest names it (core/generations.py).
RELEASE_ID = os.environ.get("RELEASE_ID", "")
# A CDN in front of the site is purged on publish when configured: Cloudflare (zone and API
# token), or any cache that takes HTTP PURGE requests (Varnish, nginx) at a given address.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", ""),
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

AUTH_USER_MODEL = "users.User"
AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out account or address is refused whatever its password.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Private pages' password and login forms are the site's pages (site/templates/private/);
# signing in with no page to go back to leads to the home of the form's language.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "private/password_required.html"
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "private/login.html"
LOGIN_REDIRECT_URL = reverse_lazy("wagtail_serve", args=[""])
# Django's page for a form refused by the CSRF check has an inline style: the site's own instead.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

# Languages: French is the source language, English its translation.
# LANGUAGE_CODE must be set before the first migrate: Wagtail makes its first Locale from it.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks the team's languages only: the project's strings are translated into these.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True
# What the site dates happens in Lille: editors enter and read dates (an event's start and end,
# go-live dates) in Paris time, whatever time zone their own account would choose.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
# Dates as each language writes them ("mardi 1 décembre 2026, 14 h 00"), over Django's own.
FORMAT_MODULE_PATH = ["config.formats"]

# A new or updated translation stays a draft until someone publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Recherche – Faculté de médecine de Lille"
# Slugs made from titles are plain ASCII ("Méthodes" → methodes), as the demo content's are:
# addresses stay readable when shared, not percent-encoded.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILIMAGES_IMAGE_MODEL = "home.SiteImage"
# Search: on PostgreSQL each page is indexed and searched with its own language's stemming;
# on SQLite, modelsearch's plainer database backend (search/backends.py chooses by vendor).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
# Uploads: images in raster formats only (an SVG can carry scripts), documents in office
# and PDF formats; both within a size. Documents are served by Django, after their
# collection's view restrictions are checked, as downloads: never shown in the site's origin.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# Notifications to the editorial team (workflow reviews, pages waiting for translation) come
# from this address; EMAIL_HOST and its companions say how they leave (Django's settings).
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "").lower() == "true"
# Editors' avatars are Wagtail's own: their e-mail addresses are not sent to Gravatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Public pages: no inline script or style; nothing from elsewhere but the embed block's video
# players (core/security.py gives the admin its own policy).
VIDEO_PLAYERS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "frame-src": VIDEO_PLAYERS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin runs inline scripts and styles, shows editors' pages in its preview frame,
# thumbnails of videos and asks Wagtail's site for new releases.
ADMIN_PATH_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "connect-src": ["'self'", "https://releases.wagtail.org"],
        "frame-src": ["'self'", *VIDEO_PLAYERS],
        "frame-ancestors": ["'self'"],
    }
}
# Browser features no page of the site uses (videos keep fullscreen and autoplay).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Messages sent through the contact form are deleted after this many days (the scheduler does
# it); the contact page's privacy notice tells visitors so.
CONTACT_MESSAGE_RETENTION_DAYS = int(os.environ.get("CONTACT_MESSAGE_RETENTION_DAYS", 365))

# Admin logins: after 5 failures for one account from one address, that pair is refused for
# 15 minutes, even with the right password; after 20 from one address, whatever the accounts
# (a password tried on many accounts), the address is. Attempts are kept in the database,
# shared by every app container.
AXES_FAILURE_LIMIT = 5
LOGIN_FAILURE_LIMIT_PER_ADDRESS = 20
AXES_COOLOFF_TIME = timedelta(minutes=15)
# In this order: users/login_limits.py gives each its own limit.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "users.login_limits.LoginLimits"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "users/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "users.addresses.client_address"
# How many proxies of ours (load balancer, CDN) add the client's address to X-Forwarded-For.
# 0: REMOTE_ADDR is the client, and X-Forwarded-For, which anyone can send, is ignored.
# Production reads it from the environment, and will not start without it.
TRUSTED_PROXY_COUNT = 0

# Machine translation in the translation editor: DeepL when a key is configured, else none.
# (DeepL Free keys end in ":fx"; wagtail-localize then calls the free API.)
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }
