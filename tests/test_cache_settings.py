"""Production's caches and CDN purge are switched on by the environment, and checks pass."""

import json

from tests.test_settings import PRODUCTION_ENV, manage

SHOW = (
    "from django.conf import settings; import json; print(json.dumps({"
    "'cache': settings.CACHES['default']['BACKEND'], 'pages': settings.PAGE_CACHE_SECONDS,"
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
    assert shown["cache"] == "django.core.cache.backends.redis.RedisCache"
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
