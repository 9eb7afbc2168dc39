"""On a phone the header leaves the first screen to the page: the menu and the search wait
behind one button, which opens by keyboard and by click, with or without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.content import make_image
from tests.factories import (
    ContactPageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
    StandardPageFactory,
)
from tests.test_research import translate_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 800}


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE}


@pytest.fixture
def addresses(home, english_home, locales, media):
    """A home, a field of excellence with its image and the contact page, in both languages,
    under a menu of four pages, as in the demo."""
    research = ResearchIndexPageFactory(parent=home, show_in_menus=True)
    ResearchProgramPageFactory(
        parent=research,
        title="Inflammation, maladies inflammatoires et environnement",
        slug="inflammation",
        image=make_image(),
        image_alt="Un motif abstrait",
    )
    ContactPageFactory(parent=home, show_in_menus=True)
    StandardPageFactory(parent=home, title="Le projet PreciDIAB", show_in_menus=True)
    StandardPageFactory(parent=home, title="Partenaires", show_in_menus=True)
    translate_tree(home, locales["en"])
    return [
        "/fr/",
        "/fr/recherche/inflammation/",
        "/fr/contact/",
        "/en/",
        "/en/recherche-en/inflammation-en/",
        "/en/contact-en/",
    ]


def test_a_phone_shows_each_page_title_on_its_first_screen_and_the_menu_behind_a_button(
    live_server, addresses, page, barriers
):
    menu = page.locator(".site-menu")
    for address in addresses:
        page.goto(live_server.url + address)
        expect(page.get_by_role("heading", level=1)).to_be_in_viewport(ratio=1)
        expect(page.locator(".main-nav")).to_be_hidden()
        expect(page.locator(".language-switcher a")).to_be_in_viewport(ratio=1)
    assert barriers() == []

    # By keyboard: skip link, the site's name, then the button.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    button = page.get_by_text("Menu", exact=True)
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("open", "")
    page.keyboard.press("Tab")
    main_menu = page.get_by_role("navigation", name="Main menu")
    expect(main_menu.get_by_role("link").first).to_be_focused()
    expect(page.get_by_role("searchbox", name="Search the site")).to_be_visible()
    assert barriers() == []

    # By click: closes, and opens again.
    button.click()
    expect(page.get_by_role("searchbox")).to_be_hidden()
    button.click()
    expect(page.get_by_role("searchbox")).to_be_visible()

    # On a wide screen the header is as it always was: the menu and the search, no button.
    page.set_viewport_size(WIDE)
    page.reload()
    expect(button).to_be_hidden()
    expect(main_menu).to_be_visible()
    expect(page.get_by_role("searchbox")).to_be_visible()
    assert barriers() == []


def test_the_menu_opens_without_javascript(live_server, addresses, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/fr/")
    search = page.get_by_role("searchbox", name="Rechercher sur le site")
    expect(search).to_be_hidden()
    page.get_by_text("Menu", exact=True).click()
    expect(search).to_be_visible()
    expect(page.get_by_role("navigation", name="Menu principal")).to_be_visible()

    page.goto(live_server.url + "/fr/contact/")
    page.get_by_text("Menu", exact=True).focus()
    page.keyboard.press("Space")
    expect(search).to_be_visible()
    context.close()
