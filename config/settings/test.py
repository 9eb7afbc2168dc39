"""Tests: PostgreSQL (as in production), fast hashing, plain static files."""

import os

import dj_database_url

from .base import *  # noqa: F403
from .base import STORAGES

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# pytest-django creates and drops the test database; the server's own "postgres" database is
# only where it connects to do so.
DATABASES = {
    "default": {
        **dj_database_url.parse(
            os.environ.get("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
        ),
        "TEST": {"NAME": "test_lille_research"},
    }
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests see each change at once; the page cache's own tests turn it on.
PAGE_CACHE_SECONDS = 0
# Static files straight from the source folders, through the same middleware as production.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# django-axes announces itself when each test worker starts; the run's output ends with pytest's
# summary line instead.
AXES_VERBOSE = False
