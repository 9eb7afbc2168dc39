"""Production: everything secret or site-specific comes from the environment, or it won't start."""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required in production.")
    return value


SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
# Connections are kept between requests, checked before reuse, so the site recovers by itself
# once a restarted database is back; every wait on it is bounded.
DATABASES = {
    "default": dj_database_url.parse(
        required_env("DATABASE_URL"), conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["OPTIONS"] = {
        "connect_timeout": 5,
        "options": "-c statement_timeout=15s -c idle_in_transaction_session_timeout=30s",
        **DATABASES["default"].get("OPTIONS", {}),
    }
# Workers and containers share one cache: pages, publish generations, the contact form's limit.
if os.environ.get("REDIS_URL"):
    REDIS = {
        # Unreachable or full, it answers as an empty cache: pages are built afresh.
        "BACKEND": "core.redis_cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        # Redis answers in a millisecond: a host that stops answering holds a worker this long
        # (then is left alone for a moment), where a refused connection fails at once.
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }
    CACHES = {
        "default": {**REDIS, "KEY_PREFIX": "site"},
        # Wagtail drops a rendition from here when it is deleted: it may stay a week.
        "renditions": {**REDIS, "KEY_PREFIX": "renditions", "TIMEOUT": 7 * 24 * 60 * 60},
    }
else:
    # Each worker's own memory would keep serving a page that another worker republished.
    PAGE_CACHE_SECONDS = 0
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

# How many proxies of ours append the client's address to X-Forwarded-For (docs/deployment.md).
# No default: a wrong guess would make every visitor one address for the login and contact
# limits, or believe an address a client wrote.
proxy_count = required_env("TRUSTED_PROXY_COUNT")
if not proxy_count.isdecimal():
    raise ImproperlyConfigured(
        "TRUSTED_PROXY_COUNT must be a whole number, 0 or more (the proxies of ours in front of "
        f"the app), not {proxy_count!r}."
    )
TRUSTED_PROXY_COUNT = int(proxy_count)

# The app sits behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# On unless the load balancer itself sends plain HTTP to HTTPS (SECURE_SSL_REDIRECT=false).
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]
# "__Host-": browsers keep these cookies only if sent over HTTPS for this host alone (no Domain,
# Path=/), so no other site under the same domain can set or read them.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"

# Uploaded media on a mounted volume until object storage is configured; meanwhile the app
# serves the images' renditions from it itself (config/urls.py).
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405

# With a bucket named, media go to S3-compatible object storage, which every app container
# shares; credentials come from boto3's own AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
# Images are read from the bucket (or the CDN in front of it); documents never are: Django
# serves them after checking their collection's permissions (WAGTAILDOCS_SERVE_METHOD).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
                "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
                "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
                "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
                # Plain addresses, the same for every visitor, so pages can be cached.
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }
    MEDIA_ORIGIN = (
        f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}"
        if os.environ.get("AWS_S3_CUSTOM_DOMAIN")
        else os.environ.get("AWS_S3_ENDPOINT_URL", "https://*.amazonaws.com")
    )
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_ORIGIN)  # noqa: F405

# Past what PostgreSQL's full-text search does well: OpenSearch, when its address is given
# (run `python manage.py update_index` once after switching).
if os.environ.get("OPENSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "modelsearch.backends.opensearch3",
            "URLS": [os.environ["OPENSEARCH_URL"]],
            "INDEX_PREFIX": os.environ.get("OPENSEARCH_INDEX_PREFIX", "lille_research_"),
            "TIMEOUT": 5,
        }
    }
