"""Pages go gzip-compressed to browsers that accept it, from the page cache too; images do not.
Pages built afresh are padded against BREACH on each response; stored pages, which hold no
secret, are compressed once."""

import gzip

import pytest
from django.test import override_settings

from core.stored_pages import PageCacheMiddleware
from home.models import SiteSettings
from tests.content import make_image

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def test_a_page_is_compressed_for_a_browser_that_accepts_it(client, home):
    response = client.get(home.url, **GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert home.title in gzip.decompress(response.content).decode()


def test_a_page_is_sent_plain_to_a_client_that_does_not_accept_gzip(client, home):
    response = client.get(home.url)
    assert not response.has_header("Content-Encoding")
    assert home.title in response.content.decode()


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_page_from_the_page_cache_is_compressed_and_stored_plain(client, home):
    first = client.get(home.url, **GZIP)
    from_cache = client.get(home.url, **GZIP)
    plain = client.get(home.url)
    assert first["Content-Encoding"] == from_cache["Content-Encoding"] == "gzip"
    assert gzip.decompress(from_cache.content) == plain.content
    assert not plain.has_header("Content-Encoding")


def test_an_image_is_not_compressed_again(client, media):
    rendition = make_image().get_rendition("fill-120x80")
    response = client.get(rendition.url, **GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")


def test_pages_built_afresh_are_padded_on_each_response(client, home):
    first, second = (client.get(home.url, **GZIP) for _ in range(2))
    assert first.content != second.content
    assert gzip.decompress(first.content) == gzip.decompress(second.content)


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_stored_page_is_compressed_once_and_served_by_the_page_cache_alone(client, home, rf):
    # The first page view would otherwise make the site settings (a change, so a purge).
    SiteSettings.for_site(home.get_site())
    fresh = client.get(home.url, **GZIP)
    # The page cache with nothing below it: what it serves, it serves alone.
    alone = PageCacheMiddleware(lambda request: pytest.fail("went past the page cache"))
    stored = [alone(rf.get(home.url, **GZIP)) for _ in range(2)]
    plain = alone(rf.get(home.url))
    assert stored[0].content == stored[1].content
    assert stored[0]["Content-Encoding"] == "gzip"
    assert stored[0]["Content-Length"] == str(len(stored[0].content))
    assert gzip.decompress(stored[0].content) == gzip.decompress(fresh.content) == plain.content
    assert not plain.has_header("Content-Encoding")
    assert plain["Content-Length"] == str(len(plain.content))
    assert "Accept-Encoding" in stored[0]["Vary"] and "Accept-Encoding" in plain["Vary"]
