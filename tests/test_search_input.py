"""Hostile search input gets an answer, never a 500, never reflected unescaped, in bounded time:
on PostgreSQL here, and on SQLite in a process of its own."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from search import results
from tests.factories import StandardPageFactory
from tests.search_on_sqlite import BAD_PAGES, HOSTILE_QUERIES, check_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home, english_home):
    StandardPageFactory(parent=home, title="Diabète", introduction="Le diabète de type 2.")
    for number in range(12):
        StandardPageFactory(parent=home, title=f"Étude {number}", introduction="Une étude.")


@pytest.mark.parametrize("url", ["/fr/rechercher/", "/en/search/"])
def test_hostile_queries_get_an_answer(client, pages, url):
    for query in HOSTILE_QUERIES:
        check_answer(client.get(url, {"q": query}), query)


def test_bad_page_numbers_get_a_page_of_results(client, pages):
    for page in BAD_PAGES:
        response = client.get("/fr/rechercher/", {"q": "étude", "page": page})
        check_answer(response, page)
        assert response.context["search"].results, page


def test_a_long_query_is_cut_to_its_first_200_characters(client, pages):
    response = client.get("/fr/rechercher/", {"q": "diabète " * 2000})
    query = response.context["search_query"]
    assert len(query) <= results.MAX_QUERY_LENGTH
    assert query.startswith("diabète diabète")
    assert [result.page.title for result in response.context["search"].results] == ["Diabète"]


def test_operators_are_searched_as_words(client, pages):
    response = client.get("/fr/rechercher/", {"q": "!diabète:* & (type | 2)"})
    assert [result.page.title for result in response.context["search"].results] == ["Diabète"]


def test_a_search_that_takes_too_long_is_cancelled_and_said_so(client, pages, monkeypatch):
    def slow_search(request, query, language):
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone() == ("100ms",)
            cursor.execute("SELECT pg_sleep(10)")

    monkeypatch.setattr(results, "STATEMENT_TIMEOUT_MS", 100)
    monkeypatch.setattr("search.views.search", slow_search)
    started = time.monotonic()
    response = client.get("/en/search/", {"q": "diabetes"})
    assert time.monotonic() - started < 5
    assert response.status_code == 200
    assert "The search took too long" in response.content.decode()


def development_cache():
    """What the development server's file cache holds: each file and when it last changed."""
    folder = settings.VAR_DIR / "cache"
    return {path: path.stat().st_mtime_ns for path in folder.glob("**/*")}


def test_hostile_queries_get_an_answer_on_sqlite():
    script = Path(__file__).with_name("search_on_sqlite.py")
    before = development_cache()
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "search on SQLite: ok" in done.stdout
    # Beside `make run`, the tests must not change what its server serves.
    assert development_cache() == before
