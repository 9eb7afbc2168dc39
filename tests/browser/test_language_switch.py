import pytest
from playwright.sync_api import expect

from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    # A French-speaking visitor: Accept-Language asks for French first.
    return {**browser_context_args, "locale": "fr-FR"}


def test_visitor_lands_in_french_and_switches_to_english_and_back(live_server, english_home, page):
    page.goto(live_server.url + "/")
    expect(page).to_have_url(live_server.url + "/fr/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Accueil")

    switcher = page.get_by_role("navigation", name="Choisir une langue")
    switcher.get_by_role("link", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Home")

    page.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="Français"
    ).click()
    expect(page).to_have_url(live_server.url + "/fr/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Accueil")


def test_skip_link_is_the_first_stop_and_leads_to_the_content(live_server, english_home, page):
    page.goto(live_server.url + "/en/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + "/en/#main")


# What the focused element is, and whether its focus mark shows.
FOCUSED = r"""() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
        name: element.textContent.replace(/\s+/g, " ").trim(),
        tag: element.tagName.toLowerCase(),
        marked: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    };
}"""


def test_keyboard_reaches_the_menu_search_and_languages_in_order_with_a_visible_focus(
    live_server, home, english_home, page
):
    StandardPageFactory(parent=home, title="Méthodes", slug="methodes", show_in_menus=True)
    StandardPageFactory(parent=home, title="Équipes", slug="equipes", show_in_menus=True)
    page.goto(live_server.url + "/fr/")
    stops = []
    for _ in range(7):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
    assert [(stop["tag"], stop["name"]) for stop in stops] == [
        ("a", "Aller au contenu"),
        ("a", "Faculté de médecine de Lille Recherche et PreciDIAB"),
        ("a", "Méthodes"),
        ("a", "Équipes"),
        ("input", ""),
        ("button", "Rechercher"),
        ("a", "English"),
    ]
    assert all(stop["marked"] for stop in stops), stops
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + "/en/")
