"""Research and partner pages: rendering in both languages, links on both sides, query budgets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from partners.models import PartnerKind
from research.models import ProgramInstitute, ProgramPartner, ProgramPlatform, ProjectFunder
from tests.content import English, html, make_image
from tests.factories import (
    InstitutePageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    PlatformPageFactory,
    ProjectPageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
)
from translations.translating import translate

pytestmark = pytest.mark.django_db


def translate_tree(root, locale):
    for page in Page.objects.descendant_of(root).filter(locale=root.locale).order_by("path"):
        translate(page.specific, locale, English())


@pytest.fixture
def research_site(home, english_home, locales):
    research = ResearchIndexPageFactory(parent=home)
    program = ResearchProgramPageFactory(parent=research, title="Neurosciences", slug="neuro")
    institute = InstitutePageFactory(parent=research, title="Institut IMPRT", slug="imprt")
    platform = PlatformPageFactory(
        parent=research, title="Biothérapies", slug="biotherapies", equipment="<p>IRM</p>"
    )
    partners = PartnerIndexPageFactory(parent=home)
    inserm = PartnerPageFactory(parent=partners, title="INSERM", slug="inserm")
    anr = PartnerPageFactory(parent=partners, title="ANR", slug="anr", kind=PartnerKind.FUNDER)
    project = ProjectPageFactory(parent=home)

    program.institute_links = [ProgramInstitute(institute=institute)]
    program.platform_links = [ProgramPlatform(platform=platform)]
    program.partner_links = [ProgramPartner(partner=inserm)]
    program.save()
    project.funder_links = [ProjectFunder(partner=anr)]
    project.save()

    translate_tree(home, locales["en"])
    return home


def test_program_shows_its_links_in_french_and_in_english(client, research_site):
    french = html(client, "/fr/recherche/neuro/")
    assert '<a href="/fr/recherche/imprt/">Institut IMPRT</a>' in french
    assert '<a href="/fr/recherche/biotherapies/">Biothérapies</a>' in french
    assert '<a href="/fr/partenaires/inserm/">INSERM</a>' in french

    english = html(client, "/en/recherche-en/neuro-en/")
    assert "<h1>Neurosciences (en)</h1>" in english
    assert '<a href="/en/recherche-en/imprt-en/">Institut IMPRT (en)</a>' in english
    assert '<a href="/en/recherche-en/biotherapies-en/">Biothérapies (en)</a>' in english
    assert '<a href="/en/partenaires-en/inserm-en/">INSERM (en)</a>' in english
    assert "/fr/" not in english.split("<main", 1)[1].split("</main>", 1)[0]


def test_linked_pages_show_the_program_back(client, research_site):
    for url, program in [
        ("/fr/recherche/imprt/", '<a href="/fr/recherche/neuro/">Neurosciences</a>'),
        ("/fr/recherche/biotherapies/", '<a href="/fr/recherche/neuro/">Neurosciences</a>'),
        ("/fr/partenaires/inserm/", '<a href="/fr/recherche/neuro/">Neurosciences</a>'),
        (
            "/en/recherche-en/imprt-en/",
            '<a href="/en/recherche-en/neuro-en/">Neurosciences (en)</a>',
        ),
        (
            "/en/partenaires-en/inserm-en/",
            '<a href="/en/recherche-en/neuro-en/">Neurosciences (en)</a>',
        ),
    ]:
        assert program in html(client, url), url


def test_project_shows_funding_and_funders_per_language(client, research_site):
    french = html(client, "/fr/precidiab/")
    assert "23\xa0M€" in french or "23 M€" in french
    assert "2020–2025" in french
    assert '<a href="/fr/partenaires/anr/">ANR</a>' in french
    english = html(client, "/en/precidiab-en/")
    assert "€23M" in english
    assert '<a href="/en/partenaires-en/anr-en/">ANR (en)</a>' in english
    assert "Funders" in english
    assert '<a href="/en/precidiab-en/">PreciDIAB (en)</a>' in html(
        client, "/en/partenaires-en/anr-en/"
    )


def test_platform_shows_its_equipment(client, research_site):
    assert "<p>IRM</p>" in html(client, "/fr/recherche/biotherapies/")
    assert "<p>IRM (en)</p>" in html(client, "/en/recherche-en/biotherapies-en/")


def test_research_index_lists_each_kind_in_its_section(client, research_site):
    page = html(client, "/fr/recherche/")
    programs = page.split('id="section-programs"', 1)[1].split("</section>", 1)[0]
    institutes = page.split('id="section-institutes"', 1)[1].split("</section>", 1)[0]
    platforms = page.split('id="section-platforms"', 1)[1].split("</section>", 1)[0]
    assert "Neurosciences" in programs and "IMPRT" not in programs
    assert "Institut IMPRT" in institutes
    assert "Biothérapies" in platforms
    english = html(client, "/en/recherche-en/")
    assert "Fields of excellence" in english and "Neurosciences (en)" in english


def test_partner_index_groups_partners_by_kind(client, research_site):
    page = html(client, "/fr/partenaires/")
    organisations = page.split('id="section-research_organisation"', 1)[1].split("</section>")[0]
    funders = page.split('id="section-funder"', 1)[1].split("</section>", 1)[0]
    assert "INSERM" in organisations and "ANR" not in organisations
    assert "ANR" in funders


def test_an_unpublished_linked_page_is_not_shown(client, research_site):
    Page.objects.get(slug="imprt-en").specific.unpublish()
    english = html(client, "/en/recherche-en/neuro-en/")
    assert "IMPRT" not in english
    assert "Institut IMPRT" in html(client, "/fr/recherche/neuro/")


# Every page reads the site settings (footer, sharing image) in one query; a page two levels
# below the home reads its ancestors for the breadcrumbs in one more.
@pytest.mark.parametrize(
    ("url", "budget"),
    [
        ("/fr/recherche/", 19),
        # Research pages read their latest news in one query, a field of excellence the news
        # index for its feed in another (news/templatetags/news_tags.py).
        ("/fr/recherche/neuro/", 24),
        ("/fr/recherche/imprt/", 19),
        ("/fr/recherche/biotherapies/", 19),
        ("/fr/partenaires/", 18),
        ("/fr/partenaires/inserm/", 20),
        ("/fr/precidiab/", 17),
        ("/en/recherche-en/neuro-en/", 25),
    ],
)
def test_each_page_type_keeps_to_its_query_budget(
    client, research_site, django_assert_max_num_queries, url, budget
):
    client.get(url)
    with django_assert_max_num_queries(budget):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("factory", "url", "section"),
    [
        (ResearchProgramPageFactory, "/fr/recherche/", "programs"),
        (PartnerPageFactory, "/fr/partenaires/", "research_organisation"),
    ],
)
def test_index_query_count_does_not_grow_with_its_children(
    client, home, factory, url, section, django_assert_num_queries, media
):
    index = (ResearchIndexPageFactory if "recherche" in url else PartnerIndexPageFactory)(
        parent=home
    )
    image = make_image()

    def add(count):
        for _ in range(count):
            factory(parent=index, image=image, image_alt="Un motif")

    def count_queries():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return len(queries), response.content.decode()

    add(5)
    with_five, page = count_queries()
    assert page.count('class="card"') == 5
    assert page.count('class="card__image"') == 5
    add(195)
    with_two_hundred, page = count_queries()
    assert page.count('class="card"') == 12
    assert f"?{section}=17" in page
    assert with_two_hundred == with_five
