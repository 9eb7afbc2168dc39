"""Errors reach the logs: with DEBUG off, a failed request's path, status and traceback."""

import io
import logging

import pytest
from django.test import Client

import core.views

pytestmark = pytest.mark.django_db


@pytest.fixture
def standard_error():
    """What the settings' handler writes to standard error, the stream containers' logs read."""
    handler = next(h for h in logging.getLogger().handlers if h.name == "stderr")
    written = io.StringIO()
    previous = handler.setStream(written)
    yield written
    handler.setStream(previous)


def test_a_server_error_is_logged_to_standard_error(monkeypatch, standard_error):
    render = core.views.render

    def broken(request, template, *args, **kwargs):
        if template == "robots.txt":
            raise RuntimeError("the template engine broke")
        return render(request, template, *args, **kwargs)

    monkeypatch.setattr(core.views, "render", broken)
    response = Client(raise_request_exception=False).get("/robots.txt")

    assert response.status_code == 500
    logged = standard_error.getvalue()
    assert " ERROR django.request 500 Internal Server Error: /robots.txt\n" in logged
    assert "Traceback" in logged
    assert "RuntimeError: the template engine broke" in logged
