"""With the page cache on, as in production: a published change reaches a signed-in editor,
whose pages are built from what the generation keeps, and a visitor, who gets stored pages."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import approve_from_dashboard, log_in
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_published_change_reaches_editors_and_visitors_at_once(
    live_server, page, browser, home, editorial_team, page_cache
):
    StandardPageFactory(
        parent=home, title="Méthodes", slug="methodes", introduction="Nos équipes travaillent."
    )
    visitor = browser.new_page()
    visitor.goto(live_server.url + "/fr/methodes/")
    expect(visitor.get_by_text("Nos équipes travaillent.")).to_be_visible()

    # The Editor reads the live page (kept HTML, their own user bar), then changes it.
    log_in(page, live_server, "editor")
    for _ in range(2):
        page.goto(live_server.url + "/fr/methodes/")
        expect(page.get_by_text("Nos équipes travaillent.")).to_be_visible()
        expect(page.locator("wagtail-userbar")).to_have_count(1)
    page.go_back()
    page.go_back()
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="Accueil", exact=True).click()
    page.get_by_role("link", name="Méthodes", exact=True).click()
    page.get_by_role("textbox", name="Introduction").fill("Nos équipes travaillent ensemble.")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("submitted for moderation")).to_be_visible()

    # Submitted, not published: nobody sees it yet.
    visitor.reload()
    expect(visitor.get_by_text("Nos équipes travaillent.")).to_be_visible()

    log_in(page, live_server, "moderator")
    approve_from_dashboard(page, "Méthodes")
    page.goto(live_server.url + "/fr/methodes/")
    expect(page.get_by_text("Nos équipes travaillent ensemble.")).to_be_visible()
    expect(page.locator("wagtail-userbar")).to_have_count(1)
    visitor.reload()
    expect(visitor.get_by_text("Nos équipes travaillent ensemble.")).to_be_visible()
    expect(visitor.locator("wagtail-userbar")).to_have_count(0)
