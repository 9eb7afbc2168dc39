"""Small things editors meet in the admin: a French title makes an ASCII slug as they type, and
the translation editor's page chooser opens on the pages of the language being translated."""

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
    menu = MainMenu(locale=locales["fr"], name="Menu principal")
    menu.items = [MainMenuItem(locale=locales["fr"], page=about)]
    menu.save()
    menu.save_revision().publish()
    translate(menu, locales["en"], {"Menu principal": "Main menu"}, publish=False)
    return menu


def test_the_translation_editor_chooses_among_the_english_pages(
    live_server, page, menu, locales, django_user_model
):
    admin_user(django_user_model, "translator", "Translators (English)")
    log_in(page, live_server, "translator")
    page.goto(
        f"{live_server.url}/admin/snippets/home/mainmenu/edit/{menu.get_translation(locales['en']).pk}/"
    )
    page.get_by_role("button", name="Change page").click(timeout=SLOW)
    chooser = page.locator(".modal")
    expect(chooser.get_by_role("link", name="Home")).to_be_visible(timeout=SLOW)
    expect(chooser.get_by_text("Accueil")).to_have_count(0)


def test_a_french_title_makes_an_ascii_slug_as_the_editor_types(
    live_server, page, home, editorial_groups, django_user_model
):
    admin_user(django_user_model, "editor", "Editors")
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/pages/add/home/standardpage/{home.pk}/")
    page.get_by_role("textbox", name="Title").fill("Café des sciences")
    page.get_by_role("textbox", name="Title").blur()
    expect(page.locator("#id_slug")).to_have_value("cafe-des-sciences")
