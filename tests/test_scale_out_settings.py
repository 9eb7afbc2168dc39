"""Production's scale-out pieces, each switched on by the environment: the settings load, the
deploy checks pass, and the storage and search backends are the expected classes."""

import json

from tests.test_settings import PRODUCTION_ENV, manage

SCALE_OUT_ENV = {
    **PRODUCTION_ENV,
    "REDIS_URL": "redis://cache.example.org:6379/0",
    "AWS_STORAGE_BUCKET_NAME": "lille-research-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    "AWS_S3_CUSTOM_DOMAIN": "media.recherche.example.org",
    "OPENSEARCH_URL": "https://search.example.org:9200",
    "TRUSTED_PROXY_COUNT": "1",
}

DESCRIBE = """
import json
from django.conf import settings
from django.core.files.storage import storages
from wagtail.search.backends import get_search_backend
from csp.utils import build_policy
backend = get_search_backend()
media = storages["default"]
print(json.dumps({
    "storage": type(media).__name__,
    "media_url": media.url("images/a.jpg"),
    "search": type(backend).__module__,
    "search_hosts": getattr(backend, "hosts", None),
    "cache": settings.CACHES["default"]["BACKEND"],
    "renditions": [
        settings.CACHES["renditions"]["BACKEND"], settings.CACHES["renditions"].get("KEY_PREFIX")
    ],
    "cookies": [settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME],
    "proxies": settings.TRUSTED_PROXY_COUNT,
    "policy": build_policy(),
}))
"""


def describe(env):
    result = manage("shell", "-c", DESCRIBE, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_every_service_configured_the_deploy_checks_pass():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=SCALE_OUT_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_media_go_to_object_storage_search_to_opensearch_the_cache_to_redis():
    found = describe(SCALE_OUT_ENV)
    assert found["storage"] == "S3Storage"
    assert found["media_url"] == "https://media.recherche.example.org/images/a.jpg"
    assert found["search"] == "modelsearch.backends.opensearch3"
    assert found["search_hosts"][0]["host"] == "search.example.org"
    assert found["cache"] == "core.redis_cache.RedisCache"
    # Image renditions have a cache of their own on the same Redis.
    assert found["renditions"] == ["core.redis_cache.RedisCache", "renditions"]
    assert found["proxies"] == 1
    # Images from the media domain are allowed by the public pages' policy.
    assert "img-src 'self' data: https://media.recherche.example.org" in found["policy"]


def test_without_them_production_keeps_its_own_volume_and_postgresql_search():
    found = describe(PRODUCTION_ENV)
    assert found["storage"] == "FileSystemStorage"
    assert found["search"] == "search.backends"
    assert found["cookies"] == ["__Host-sessionid", "__Host-csrftoken"]
    assert found["proxies"] == 0
