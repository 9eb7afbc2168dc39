"""Every kind of page of the demo site, in both languages, passes axe-core's checks."""

import os

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_addresses(root_page, media):
    """Every live page of the demo, the search page with results and a missing page."""
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    pages = Page.objects.live().filter(depth__gt=1).order_by("locale__language_code", "path")
    addresses = [page.url for page in pages]
    for language_code in ("fr", "en"):
        with translation.override(language_code):
            addresses.append(reverse("search") + "?q=PreciDIAB")
        addresses.append(f"/{language_code}/no-such-page/")
    return addresses


def test_no_page_of_the_demo_has_an_accessibility_barrier(
    live_server, demo_addresses, page, barriers
):
    found = []
    for address in demo_addresses:
        response = page.goto(live_server.url + address)
        assert response.status == (404 if "no-such-page" in address else 200), address
        found += barriers()
        form = page.locator("form.form")
        if form.count():
            # The contact form sent empty comes back with its errors.
            form.get_by_role("button").click()
            page.locator(".form-errors").wait_for()
            found += [f"{barrier} (errors)" for barrier in barriers()]
    assert len(demo_addresses) > 50
    assert not found, "\n".join(found)
