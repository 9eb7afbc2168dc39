"""An English translator fills a new page from the translation memory, by clicking: one
suggestion from the translation editor's notice, the rest at once from the report."""

import pytest
from playwright.sync_api import expect

from home.models import MainMenu
from tests.browser.admin import SLOW, admin_user, log_in, report_row
from tests.content import PAGE_IN_ENGLISH, live_navigation
from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def published(home, title, slug):
    page = StandardPageFactory(parent=home, title=title, slug=slug, live=False)
    page.save_revision().publish()
    return page


@pytest.mark.usefixtures("editorial_groups")
def test_an_english_translator_takes_the_memory_s_suggestions(
    live_server, page, home, english_home, locales, django_user_model
):
    # What the site translated before: a page, and the main menu.
    translate(published(home, "Méthodes", "methodes"), locales["en"], PAGE_IN_ENGLISH)
    menu = live_navigation(MainMenu, locales["fr"], name="Navigation")
    translate(menu, locales["en"], {"Navigation": "Navigation", "Université": "University"})
    french = published(home, "Université", "universite")
    admin_user(django_user_model, "translator", "Translators (English)")

    log_in(page, live_server, "translator")
    waiting = page.locator("table[data-waiting] tr", has_text="Université")
    waiting.get_by_role("link", name="Start translation").click()
    page.get_by_role("button", name="Start translation").click()

    # The translation editor says the memory can help.
    page.get_by_role("link", name="Translation memory").click()
    row = page.locator("tr", has_text="Université").last
    expect(row).to_contain_text("University")
    expect(row).to_contain_text("Navigation")
    row.get_by_role("button", name="Use").click()
    expect(page.get_by_text("1 string translated from the memory.")).to_be_visible()
    page.get_by_role("link", name="Back to the translation editor").click()
    title = page.locator("li", has_text="Université").last
    expect(title.get_by_text("University", exact=True)).to_be_visible(timeout=SLOW)

    # From the report, every other exact match at once.
    row = report_row(page, french)
    expect(row).to_contain_text("In progress")
    row.get_by_role("link", name="Translation memory").click()
    expect(page.locator("tr", has_text="Une page du site.")).to_contain_text("Méthodes")
    page.get_by_role("button", name="Use all exact matches").click()
    expect(page.get_by_text("1 string translated from the memory.")).to_be_visible()
    expect(page.get_by_text("The memory has nothing more for this page.")).to_be_visible()
    page.get_by_role("link", name="Back to the translation editor").click()
    introduction = page.locator("li", has_text="Une page du site.").last
    expect(introduction.get_by_text("A page of the site.", exact=True)).to_be_visible(timeout=SLOW)
