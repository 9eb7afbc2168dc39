"""An English translator translates the main menu in the translation editor, and sees which
page each link leads to."""

import pytest
from playwright.sync_api import expect

from home.models import MainMenu, MainMenuItem
from tests.browser.admin import SLOW, admin_user, log_in
from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def menu(home, english_home, locales, editorial_groups):
    about = StandardPageFactory(parent=home, title="À propos", slug="a-propos", introduction="")
    translate(about, locales["en"], {"À propos": "About", "a-propos": "about"})
    research = StandardPageFactory(
        parent=home, title="Recherche", slug="recherche", introduction=""
    )
    research.save_revision().publish()  # offered for translation: an English alias
    menu = MainMenu(locale=locales["fr"], name="Menu principal")
    menu.items = [
        MainMenuItem(locale=locales["fr"], page=about),
        MainMenuItem(locale=locales["fr"], page=research),
    ]
    menu.save()
    menu.save_revision().publish()
    translate(menu, locales["en"], {"Menu principal": "Main menu"}, publish=False)
    return menu


def test_an_english_translator_sees_where_each_menu_link_leads(
    live_server, page, menu, locales, django_user_model
):
    admin_user(django_user_model, "translator", "Translators (English)")
    log_in(page, live_server, "translator")
    page.get_by_role("link", name="Snippets").click()
    page.get_by_role("main").get_by_role("link", name="Main menu").click()
    # The listing: only the English copy, theirs, is a link.
    expect(page).to_have_url(f"{live_server.url}/admin/snippets/home/mainmenu/")
    page.get_by_role("main").get_by_role("link", name="Main menu", exact=True).click()

    # Each link names the page English visitors reach: the English page where there is one,
    # else the alias waiting for translation, under the French title.
    titles = page.locator(".page-chooser .title")
    expect(titles).to_have_text(["About", "Recherche"], timeout=SLOW)

    # Every link the editor offers leads somewhere the translator may go.
    expect(page.locator("a", has_text="French")).to_have_count(0)
    english_pages = [link.page.get_translation(locales["en"]) for link in menu.items.all()]
    for index, english in enumerate(english_pages):
        with page.expect_popup() as opened:
            page.get_by_role("link", name="Edit this page").nth(index).click()
        edit = opened.value
        expect(edit).to_have_url(f"{live_server.url}/admin/pages/{english.id}/edit/")
        expect(edit.get_by_role("navigation", name="Breadcrumb")).to_be_visible(timeout=SLOW)
        expect(edit.get_by_text("you do not have permission")).to_have_count(0)
        edit.close()
