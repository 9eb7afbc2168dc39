import pytest
from playwright.sync_api import expect

from research.models import ProgramInstitute
from tests.factories import (
    InstitutePageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
)
from translations.translating import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ENGLISH = {
    "Recherche": "Research",
    "recherche": "research",
    "Cancer": "Cancer",
    "cancer": "cancer",
    "Un domaine d’excellence.": "A field of excellence.",
    "Cancéropôle Nord-Ouest": "Canceropole Nord-Ouest",
    "canceropole-nord-ouest": "canceropole-nord-ouest",
    "Un réseau de recherche.": "A research network.",
}


@pytest.fixture
def research_pages(home, english_home, locales):
    research = ResearchIndexPageFactory(parent=home, show_in_menus=True)
    program = ResearchProgramPageFactory(parent=research, title="Cancer", slug="cancer")
    institute = InstitutePageFactory(
        parent=research,
        title="Cancéropôle Nord-Ouest",
        slug="canceropole-nord-ouest",
        introduction="Un réseau de recherche.",
    )
    program.institute_links = [ProgramInstitute(institute=institute)]
    program.save_revision().publish()
    for page in (research, program, institute):
        translate(page.specific, locales["en"], ENGLISH)


def test_visitor_walks_from_home_to_an_institute_and_reads_it_in_english(
    live_server, research_pages, page
):
    page.goto(live_server.url + "/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role(
        "link", name="Recherche"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recherche")

    page.get_by_role("link", name="Cancer").click()
    expect(page).to_have_url(live_server.url + "/fr/recherche/cancer/")

    page.get_by_role("region", name="Instituts et réseaux").get_by_role(
        "link", name="Cancéropôle Nord-Ouest"
    ).click()
    expect(page).to_have_url(live_server.url + "/fr/recherche/canceropole-nord-ouest/")

    page.get_by_role("navigation", name="Choisir une langue").get_by_role(
        "link", name="English"
    ).click()
    expect(page).to_have_url(live_server.url + "/en/research/canceropole-nord-ouest/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Canceropole Nord-Ouest")
    expect(page.get_by_role("region", name="Fields of excellence")).to_contain_text("Cancer")
