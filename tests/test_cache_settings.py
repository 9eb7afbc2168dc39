"""Production's caches and CDN purge are switched on by the environment, and checks pass."""

import json

from tests.test_settings import PRODUCTION_ENV, manage

SHOW = (
    "from django.conf import settings; import json; print(json.dumps({"
    "'cache': settings.CACHES['default']['BACKEND'], 'pages': settings.PAGE_CACHE_SECONDS,"
    "'renditions': settings.CACHES['renditions']['BACKEND'],"
    "'redis': settings.CACHES['default'].get('OPTIONS'), 'release': settings.RELEASE_ID,"
    "'cdn': sorted(settings.WAGTAILFRONTENDCACHE),"
    "'purge_app': 'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS,"
    "'db': settings.DATABASES['default']['OPTIONS']}))"
)


def production(**env):
    result = manage("shell", "-c", SHOW, env={**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_redis_and_a_cdn_purge_come_from_the_environment():
    shown = production(
        REDIS_URL="redis://cache.example.org:6379/0",
        FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone",
        FRONTEND_CACHE_CLOUDFLARE_TOKEN="token",
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal",
    )
    # Redis unreachable or full: pages are built afresh (core/redis_cache.py).
    assert shown["cache"] == shown["renditions"] == "core.redis_cache.RedisCache"
    assert shown["pages"] > 0
    assert shown["cdn"] == ["cloudflare", "http"]
    assert shown["purge_app"]
    assert shown["db"]["connect_timeout"] == 5
    assert "statement_timeout" in shown["db"]["options"]


def test_without_redis_production_stores_no_pages_and_purges_no_cdn():
    # Each worker's own memory would keep serving pages another worker has republished.
    shown = production()
    assert shown["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert shown["pages"] == 0
    assert shown["cdn"] == []
    assert not shown["purge_app"]


def test_deploy_checks_pass_with_redis_and_a_cdn():
    env = {
        **PRODUCTION_ENV,
        "REDIS_URL": "redis://cache.example.org:6379/0",
        "FRONTEND_CACHE_PURGE_URL": "http://varnish.internal",
    }
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_redis_that_does_not_answer_holds_a_worker_for_half_a_second_at_most():
    # A refused connection fails at once; a host that never answers costs the whole timeout.
    options = production(REDIS_URL="redis://cache.example.org:6379/0")["redis"]
    assert options["socket_connect_timeout"] <= 0.5
    assert options["socket_timeout"] <= 0.5


def test_the_release_comes_from_the_environment():
    assert production(RELEASE_ID="2026-12-06.3")["release"] == "2026-12-06.3"
