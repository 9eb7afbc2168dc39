"""Security headers: public pages run only the site's own scripts and styles; the admin keeps
the inline scripts it needs; every response says what browsers may do with it."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_a_public_page_runs_no_inline_script_nor_style(client, home):
    response = client.get("/fr/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_a_public_page_may_frame_the_embed_blocks_video_players_only(client, home):
    policy = directives(client.get("/fr/"))
    assert policy["frame-src"] == [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ]


def test_every_response_says_what_browsers_may_do_with_it(client, home):
    response = client.get("/fr/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    # The embed block's players may still go fullscreen.
    assert "fullscreen" not in permissions


def test_the_admin_keeps_its_inline_scripts_and_its_preview_frame(client, home):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_page_served_from_the_page_cache_keeps_its_headers(client, home):
    client.get("/fr/")
    response = client.get("/fr/")
    assert directives(response)["script-src"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]
