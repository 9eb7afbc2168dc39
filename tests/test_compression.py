"""Pages go gzip-compressed to browsers that accept it, from the page cache too; images do not."""

import gzip

import pytest
from django.test import override_settings

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
