"""An English translator, after a French edit, opens "What changed" from the report, the
dashboard and the translation editor, reads the French then and now with the words marked,
their English beside it, the unchanged strings folded away, and goes on to update."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import admin_user, log_in, report_row
from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("editorial_groups")
def test_an_english_translator_sees_what_changed_in_the_french_and_updates(
    live_server, page, home, english_home, locales, django_user_model
):
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes", live=False)
    french.save_revision().publish()
    french.refresh_from_db()
    translate(
        french,
        locales["en"],
        {"Méthodes": "Methods", "methodes": "methods", "Une page du site.": "A page of the site."},
    )
    french.introduction = "Une page du site, revue."
    french.save_revision().publish()
    admin_user(django_user_model, "translator", "Translators (English)")

    # From the report's row.
    log_in(page, live_server, "translator")
    row = report_row(page, french)
    expect(row).to_contain_text("Out of date")
    row.get_by_role("link", name="What changed").click()

    expect(page.get_by_role("heading", name="What changed in the French")).to_be_visible()
    changed = page.locator("tr[data-segment]").first
    expect(changed).to_contain_text("Introduction")
    expect(changed.locator("[data-then] del")).to_have_text("site.")
    expect(changed.locator("[data-now] ins")).to_have_text(["site,", "revue."])
    expect(changed.locator("[data-english]")).to_have_text("A page of the site.")
    # The title and the slug did not change: folded away until asked for.
    unchanged = page.locator("details[data-unchanged]")
    expect(unchanged.get_by_text("Methods", exact=True)).to_be_hidden()
    unchanged.get_by_text("2 unchanged strings").click()
    expect(unchanged.get_by_text("Methods", exact=True)).to_be_visible()

    # From the dashboard's "Waiting for you", and from the translation editor's notice.
    page.goto(live_server.url + "/admin/")
    waiting = page.locator("table[data-waiting] tr", has_text="Méthodes")
    waiting.get_by_role("link", name="What changed").click()
    expect(page.locator("tr[data-segment] ins").first).to_have_text("site,")
    page.get_by_role("link", name="Back to the translation").click()
    page.get_by_role("link", name="What changed").click()
    expect(page.get_by_role("heading", name="What changed in the French")).to_be_visible()

    # On to the update.
    page.get_by_role("link", name="Update translation").click()
    page.get_by_role("button", name="Update translation").click()
    expect(page.get_by_text("is up to date with the French")).to_be_visible()
