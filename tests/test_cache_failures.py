"""Pages and the contact form keep working when Redis is unreachable or full: the cache
answers as an empty one would, and says so in the log once a minute, not on every request."""

import contextlib
import gzip
import logging
import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.test import override_settings
from wagtail.contrib.forms.models import FormSubmission

from core import redis_cache
from home.models import SiteSettings
from tests.content import change_title_silently
from tests.factories import ContactPageFactory, StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

BACKEND = "core.redis_cache.RedisCache"
# Nothing listens on the discard port: every connection is refused.
UNREACHABLE = "redis://127.0.0.1:9/0"


def redis_caches(location):
    """Production's two caches on the Redis at `location`."""
    return {
        "default": {"BACKEND": BACKEND, "LOCATION": location, "KEY_PREFIX": "site"},
        "renditions": {"BACKEND": BACKEND, "LOCATION": location, "KEY_PREFIX": "renditions"},
    }


@pytest.fixture
def page(home):
    # The first page view would otherwise make the site settings (a change, so a purge).
    SiteSettings.for_site(home.get_site())
    return StandardPageFactory(parent=home, title="Diabète de type 2", slug="diabete")


def test_pages_are_built_afresh_while_redis_is_unreachable(client, page):
    with override_settings(CACHES=redis_caches(UNREACHABLE)):
        first = client.get("/fr/diabete/")
        change_title_silently(page, "Titre changé")
        second = client.get("/fr/diabete/")
    assert first.status_code == second.status_code == 200
    assert "Diabète de type 2" in first.text
    assert "Titre changé" in second.text


def test_the_contact_form_takes_messages_while_redis_is_unreachable(client, home):
    contact = ContactPageFactory(parent=home)
    message = {"nom": "Visiteur", "adresse_electronique": "v@example.org", "message": "Bonjour"}
    with override_settings(CACHES=redis_caches(UNREACHABLE)):
        responses = [client.post(contact.url, message) for _ in range(2)]
    assert [r.status_code for r in responses] == [200, 200]
    assert FormSubmission.objects.filter(page=contact).count() == 2


def test_an_unreachable_redis_is_reported_once_a_minute(client, page, caplog, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(redis_cache.time, "monotonic", lambda: now[0])
    with override_settings(CACHES=redis_caches(UNREACHABLE)):
        for _ in range(3):
            client.get("/fr/diabete/")
            now[0] += 5
        reported_within_a_minute = len(caplog.records)
        now[0] += 60
        client.get("/fr/diabete/")
    assert reported_within_a_minute == 1
    assert caplog.records[0].levelno == logging.ERROR
    assert "127.0.0.1:9" in caplog.records[0].getMessage()
    assert len(caplog.records) == 2


def test_an_unreachable_redis_is_left_alone_for_a_moment(client, page, monkeypatch):
    # A host that does not answer at all costs each attempt the connection timeout.
    now = [1000.0]
    monkeypatch.setattr(redis_cache.time, "monotonic", lambda: now[0])
    attempts = []
    original = redis.Redis.execute_command

    def counted(self, *args, **kwargs):
        attempts.append(args[0])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", counted)
    with override_settings(CACHES=redis_caches(UNREACHABLE)):
        client.get("/fr/diabete/")
        first_page = len(attempts)
        client.get("/fr/diabete/")
        paused = len(attempts) - first_page
        now[0] += redis_cache.PAUSE_SECONDS
        client.get("/fr/diabete/")
    # One failed attempt for each cache the page uses, then none until the pause ends.
    assert 1 <= first_page <= 2
    assert paused == 0
    assert len(attempts) > first_page


# A Redis of our own, small enough to fill (an empty one takes about 1 MB): where maxmemory is
# reached, either nothing more is written (noeviction, Redis's default) or the least recently
# used keys make room.


@pytest.fixture
def small_redis():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    servers = []

    def start(policy):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        options = {"port": str(port), "bind": "127.0.0.1", "save": "", "appendonly": "no"}
        options.update({"maxmemory": "2mb", "maxmemory-policy": policy})
        arguments = [part for name, value in options.items() for part in (f"--{name}", value)]
        server = subprocess.Popen(["redis-server", *arguments], stdout=subprocess.DEVNULL)
        servers.append(server)
        client = redis.Redis(port=port)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        # Filled with other keys, well past the limit: refused (OOM) or making room.
        for n in range(300):
            with contextlib.suppress(redis.ResponseError):
                client.set(f"filler:{n}", b"x" * 10_000)
        return f"redis://127.0.0.1:{port}/0"

    yield start
    for server in servers:
        server.terminate()
        server.wait()


def test_a_page_stored_in_redis_is_served_without_any_query(
    client, page, small_redis, django_assert_num_queries
):
    with override_settings(CACHES=redis_caches(small_redis("allkeys-lru"))):
        fresh = client.get("/fr/diabete/", HTTP_ACCEPT_ENCODING="gzip")
        with django_assert_num_queries(0):
            stored = client.get("/fr/diabete/", HTTP_ACCEPT_ENCODING="gzip")
    assert stored["Content-Encoding"] == "gzip"
    assert gzip.decompress(stored.content) == gzip.decompress(fresh.content)


def test_pages_are_built_afresh_while_redis_is_full(client, page, small_redis):
    with override_settings(CACHES=redis_caches(small_redis("noeviction"))):
        first = client.get("/fr/diabete/")
        change_title_silently(page, "Titre changé")
        second = client.get("/fr/diabete/")
    assert first.status_code == second.status_code == 200
    assert "Titre changé" in second.text


def test_a_full_redis_that_evicts_stores_and_serves_pages(client, page, small_redis):
    # allkeys-lru, as docs/deployment.md asks: old keys make room for the new.
    with override_settings(CACHES=redis_caches(small_redis("allkeys-lru"))):
        first = client.get("/fr/diabete/")
        change_title_silently(page, "Titre changé")
        second = client.get("/fr/diabete/")
    assert first.status_code == second.status_code == 200
    assert "Diabète de type 2" in second.text


def test_a_publish_while_redis_is_unreachable_reaches_stored_pages_once_it_is_back(
    client, page, small_redis
):
    with override_settings(CACHES=redis_caches(small_redis("allkeys-lru"))):
        client.get("/fr/diabete/")  # stored
        page.title = "Titre publié"
        with override_settings(CACHES=redis_caches(UNREACHABLE)):
            page.save_revision().publish()
        assert "Titre publié" in client.get("/fr/diabete/").text
