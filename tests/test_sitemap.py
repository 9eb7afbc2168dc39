"""sitemap.xml and robots.txt: what search engines are told to crawl, in both languages."""

from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import (
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
    StandardPageFactory,
)
from translations.translating import translate

pytestmark = pytest.mark.django_db

NAMESPACES = {
    "sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
ORIGIN = "http://testserver"


def read_sitemap(client):
    """Each listed address, in order, with its alternates by hreflang."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return [
        (
            url.findtext("sitemap:loc", namespaces=NAMESPACES),
            {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NAMESPACES)
                if link.get("rel") == "alternate"
            },
        )
        for url in root.findall("sitemap:url", NAMESPACES)
    ]


def translated_page(parent, locale, title, slug, english_title, english_slug):
    page = StandardPageFactory(parent=parent, title=title, slug=slug, introduction="")
    translate(page, locale, {title: english_title, slug: english_slug})
    return page


@pytest.fixture
def site(home, english_home, locales):
    english = locales["en"]
    research = ResearchIndexPageFactory(parent=home)
    translate(research, english, {"Recherche": "Research", "recherche": "research"})
    program = ResearchProgramPageFactory(parent=research, title="Neurosciences", slug="neuro")
    translate(
        program,
        english,
        {"Neurosciences": "Neuroscience", "neuro": "neuro", program.introduction: "A field."},
    )
    # Published in French, waiting in English as an alias for its translator.
    waiting = StandardPageFactory(parent=home, title="En attente", slug="en-attente")
    waiting.copy_for_translation(english, alias=True)
    hidden = StandardPageFactory(parent=home, title="Cachée", slug="cachee", noindex=True)
    translate(hidden, english, {"Cachée": "Hidden", "cachee": "hidden", hidden.introduction: "."})
    StandardPageFactory(parent=home, title="Brouillon", slug="brouillon", live=False)
    private = StandardPageFactory(parent=home, title="Privée", slug="privee")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return home


def test_every_live_public_page_is_listed_once_in_each_of_its_languages(client, site):
    locations = [location for location, _alternates in read_sitemap(client)]
    assert sorted(locations) == sorted(
        ORIGIN + path
        for path in [
            "/fr/",
            "/en/",
            "/fr/recherche/",
            "/en/research/",
            "/fr/recherche/neuro/",
            "/en/research/neuro/",
            "/fr/en-attente/",
        ]
    )


def test_aliases_hidden_drafts_and_private_pages_are_left_out(client, site):
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in ["/en/en-attente/", "/fr/cachee/", "/en/hidden/", "/fr/brouillon/", "/fr/privee/"]:
        assert path not in sitemap


def test_translations_name_each_other_and_french_is_the_default(client, site):
    alternates = dict(read_sitemap(client))
    both = {
        "fr": f"{ORIGIN}/fr/recherche/neuro/",
        "en": f"{ORIGIN}/en/research/neuro/",
        "x-default": f"{ORIGIN}/fr/recherche/neuro/",
    }
    assert alternates[f"{ORIGIN}/fr/recherche/neuro/"] == both
    assert alternates[f"{ORIGIN}/en/research/neuro/"] == both
    assert alternates[f"{ORIGIN}/en/"]["fr"] == f"{ORIGIN}/fr/"


def test_an_untranslated_page_names_only_itself(client, site):
    alternates = dict(read_sitemap(client))
    french = f"{ORIGIN}/fr/en-attente/"
    assert alternates[french] == {"fr": french, "x-default": french}


def test_the_sitemap_costs_the_same_queries_however_many_pages(client, site, locales):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        return len(queries)

    client.get("/sitemap.xml")  # warm the site-root cache as a running server has it
    before = count_queries()
    for number in range(5):
        translated_page(
            site, locales["en"], f"Page {number}", f"page-{number}", "Page", f"p{number}"
        )
    assert count_queries() == before
    # The locales, the view restrictions, the pages, then one query per page type.
    assert before <= 3 + 4


def test_robots_txt_leads_to_the_sitemap(client, site):
    robots = client.get("/robots.txt").content.decode()
    sitemap_url = next(
        line.split(": ", 1)[1] for line in robots.splitlines() if line.startswith("Sitemap: ")
    )
    assert sitemap_url == f"{ORIGIN}/sitemap.xml"
    assert "Disallow: /admin/" in robots
    assert client.get(sitemap_url.removeprefix(ORIGIN)).status_code == 200
