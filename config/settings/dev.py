"""Development: debug on, a fixed throwaway key, plain static files served by runserver."""

import os

from .base import *  # noqa: F403
from .base import CACHES, STORAGES, VAR_DIR

DEBUG = True
SECRET_KEY = "development-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# `make run` is two processes, the server and the scheduler: one cache on disk for both, so that
# a page the scheduler publishes or unpublishes is not served stale from the server's memory.
CACHES = {
    **CACHES,
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache",
    },
}

# Without a DeepL key, the dummy translator (it reverses words) lets the button be tried.
if not os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    }
