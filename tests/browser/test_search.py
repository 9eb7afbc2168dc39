import pytest
from playwright.sync_api import expect

from tests.factories import ResearchIndexPageFactory, ResearchProgramPageFactory
from translations.translating import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ENGLISH = {
    "Recherche": "Research",
    "recherche": "research",
    "Diabète et conséquences cardiovasculaires": "Diabetes and cardiovascular consequences",
    "diabete": "diabetes",
    "Les études du diabète de type 2.": "Studies of type 2 diabetes.",
}


@pytest.fixture
def diabetes_program(home, english_home, locales):
    research = ResearchIndexPageFactory(parent=home)
    program = ResearchProgramPageFactory(
        parent=research,
        title="Diabète et conséquences cardiovasculaires",
        slug="diabete",
        introduction="Les études du diabète de type 2.",
    )
    for page in (research, program):
        translate(page, locales["en"], ENGLISH)


@pytest.mark.parametrize(
    ("home_url", "box", "words", "result", "address"),
    [
        (
            "/fr/",
            "Rechercher sur le site",
            "diabétiques",
            "Diabète et conséquences cardiovasculaires",
            "/fr/recherche/diabete/",
        ),
        (
            "/en/",
            "Search the site",
            "diabetic",
            "Diabetes and cardiovascular consequences",
            "/en/research/diabetes/",
        ),
    ],
)
def test_visitor_searches_from_the_header_and_finds_the_page(
    live_server, diabetes_program, page, home_url, box, words, result, address
):
    page.goto(live_server.url + home_url)
    search_box = page.get_by_role("search").get_by_role("searchbox", name=box)
    search_box.fill(words)
    search_box.press("Enter")

    expect(page.get_by_role("status")).to_contain_text("1")
    expect(page.get_by_role("search").get_by_role("searchbox", name=box)).to_have_value(words)
    expect(page.locator("mark").first).to_be_visible()
    page.get_by_role("link", name=result).click()
    expect(page).to_have_url(live_server.url + address)
    expect(page.get_by_role("heading", level=1)).to_have_text(result)
