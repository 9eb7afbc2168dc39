import pytest
from playwright.sync_api import expect

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
