"""What search engines and social networks read: descriptions, sharing cards with their image
fallbacks, noindex, structured data, breadcrumbs, and the site settings behind them."""

import json
import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import SiteSettings
from research.models import ProjectFunder
from tests.content import html, make_image
from tests.factories import (
    ContactPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectPageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
    StandardPageFactory,
)
from translations.translating import translate

pytestmark = pytest.mark.django_db

HOSTILE_TITLE = "</script><script>alert(1)</script>"


def meta(page_html):
    """The page's meta tags by name or property; og:locale:alternate as a list."""
    tags = re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)">', page_html)
    found = dict(tags)
    found["og:locale:alternate"] = [c for name, c in tags if name == "og:locale:alternate"]
    return found


def structured_data(page_html):
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    assert len(scripts) == 1
    return {item["@type"]: item for item in json.loads(scripts[0])["@graph"]}


def site_settings(**values):
    return SiteSettings.objects.create(site=Site.objects.get(), **values)


def test_the_description_falls_back_to_the_introduction(client, home):
    StandardPageFactory(parent=home, slug="a", search_description="Pour les moteurs.")
    StandardPageFactory(parent=home, slug="b", introduction="Une introduction.")
    StandardPageFactory(parent=home, slug="c", introduction="")

    described = meta(html(client, "/fr/a/"))
    assert described["description"] == described["og:description"] == "Pour les moteurs."
    introduced = meta(html(client, "/fr/b/"))
    assert introduced["description"] == introduced["og:description"] == "Une introduction."
    bare = meta(html(client, "/fr/c/"))
    assert "description" not in bare and "og:description" not in bare


def test_the_card_names_the_page_its_address_and_its_languages(client, home, english_home):
    StandardPageFactory(parent=home, title="Seule", slug="seule", seo_title="Seule ici")
    french = meta(html(client, "/fr/"))
    assert french["og:title"] == "Accueil"
    assert french["og:url"] == "http://localhost/fr/"
    assert french["og:type"] == "website"
    assert french["og:locale"] == "fr_FR"
    assert french["og:locale:alternate"] == ["en_GB"]
    english = meta(html(client, "/en/"))
    assert (english["og:title"], english["og:locale"]) == ("Home", "en_GB")
    assert english["og:locale:alternate"] == ["fr_FR"]
    untranslated = meta(html(client, "/fr/seule/"))
    assert untranslated["og:title"] == "Seule ici"
    assert untranslated["og:locale:alternate"] == []


def test_the_sharing_image_falls_back_to_the_page_image_then_the_site_default(client, home, media):
    default = make_image(name="default.jpg")
    site_settings(default_social_image=default)
    own = make_image(name="social.jpg")
    pictured = make_image(name="pictured.jpg")
    StandardPageFactory(
        parent=home, slug="a", social_image=own, image=pictured, image_alt="Un IRM"
    )
    StandardPageFactory(parent=home, slug="b", image=pictured, image_alt="Un IRM")
    StandardPageFactory(parent=home, slug="c")

    card = meta(html(client, "/fr/a/"))
    assert re.fullmatch(r"http://testserver/media/images/social\.[^/]+\.jpg", card["og:image"])
    assert (card["og:image:width"], card["og:image:height"]) == ("1200", "630")
    assert card["twitter:card"] == "summary_large_image"
    card = meta(html(client, "/fr/b/"))
    assert "/images/pictured." in card["og:image"]
    assert card["og:image:alt"] == "Un IRM"
    assert "/images/default." in meta(html(client, "/fr/c/"))["og:image"]


def test_without_any_image_the_card_is_a_small_summary(client, home):
    card = meta(html(client, "/fr/"))
    assert "og:image" not in card
    assert card["twitter:card"] == "summary"


def test_a_hidden_page_asks_search_engines_not_to_list_it_in_every_language(
    client, home, english_home, locales
):
    hidden = StandardPageFactory(parent=home, title="Cachée", slug="cachee", noindex=True)
    translate(
        hidden,
        locales["en"],
        {"Cachée": "Hidden", "cachee": "hidden", "Une page du site.": "A page."},
    )
    assert meta(html(client, "/fr/cachee/"))["robots"] == "noindex"
    assert meta(html(client, "/en/hidden/"))["robots"] == "noindex"
    assert "robots" not in meta(html(client, "/fr/"))


def test_the_home_describes_the_school_with_the_site_settings(client, home):
    contact = ContactPageFactory(parent=home)
    site_settings(
        contact_page=contact,
        social_links=[("link", {"network": "linkedin", "url": "https://www.linkedin.com/x"})],
    )
    data = structured_data(html(client, "/fr/"))
    assert set(data) == {"CollegeOrUniversity"}
    assert data["CollegeOrUniversity"] == {
        "@type": "CollegeOrUniversity",
        "name": "Faculté de médecine de l’Université de Lille",
        "url": "http://localhost/fr/",
        "description": "La recherche à la Faculté de médecine de Lille.",
        "address": "Faculté de médecine de Lille, Pôle Recherche, F-59045 Lille Cedex",
        "telephone": "+33 3 20 62 68 00",
        "faxNumber": "+33 3 20 62 68 01",
        "sameAs": ["https://www.linkedin.com/x"],
    }


def test_precidiab_is_described_as_a_research_project(client, home):
    partners = PartnerIndexPageFactory(parent=home)
    anr = PartnerPageFactory(parent=partners, title="ANR", slug="anr")
    project = ProjectPageFactory(parent=home)
    project.funder_links = [ProjectFunder(partner=anr)]
    project.save()

    data = structured_data(html(client, "/fr/precidiab/"))
    assert data["ResearchProject"] == {
        "@type": "ResearchProject",
        "name": "PreciDIAB",
        "url": "http://localhost/fr/precidiab/",
        "description": "Centre national de médecine de précision du diabète.",
        "funder": [
            {"@type": "Organization", "name": "ANR", "url": "http://localhost/fr/partenaires/anr/"}
        ],
        "funding": {
            "@type": "MonetaryGrant",
            "amount": {"@type": "MonetaryAmount", "value": 23_000_000, "currency": "EUR"},
        },
    }
    assert [item["name"] for item in data["BreadcrumbList"]["itemListElement"]] == [
        "Accueil",
        "PreciDIAB",
    ]


def test_a_title_cannot_break_out_of_the_structured_data(client, home):
    StandardPageFactory(parent=home, title=HOSTILE_TITLE, slug="hostile")
    page_html = html(client, "/fr/hostile/")
    assert "<script>alert" not in page_html
    assert "\\u003C/script\\u003E" in page_html
    trail = structured_data(page_html)["BreadcrumbList"]["itemListElement"]
    assert trail[-1] == {
        "@type": "ListItem",
        "position": 2,
        "name": HOSTILE_TITLE,
        "item": "http://localhost/fr/hostile/",
    }


def breadcrumbs(page_html):
    return page_html.split('<nav class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]


def test_breadcrumbs_lead_from_the_home_in_the_reader_s_language(
    client, home, english_home, locales
):
    research = ResearchIndexPageFactory(parent=home)
    translate(research, locales["en"], {"Recherche": "Research", "recherche": "research"})
    program = ResearchProgramPageFactory(parent=research, title="Neurosciences", slug="neuro")
    translate(
        program,
        locales["en"],
        {
            "Neurosciences": "Neuroscience",
            "neuro": "neuro",
            "Un domaine d’excellence.": "A field.",
        },
    )
    french = breadcrumbs(html(client, "/fr/recherche/neuro/"))
    assert french.startswith(' aria-label="Fil d’Ariane">')
    assert re.findall(r"<li>(.*?)</li>", french) == [
        '<a href="/fr/">Accueil</a>',
        '<a href="/fr/recherche/">Recherche</a>',
        '<span aria-current="page">Neurosciences</span>',
    ]
    english = breadcrumbs(html(client, "/en/research/neuro/"))
    assert english.startswith(' aria-label="Breadcrumb">')
    assert re.findall(r"<li>(.*?)</li>", english) == [
        '<a href="/en/">Home</a>',
        '<a href="/en/research/">Research</a>',
        '<span aria-current="page">Neuroscience</span>',
    ]
    assert 'class="breadcrumbs"' not in html(client, "/fr/")


@pytest.mark.parametrize(("slugs", "queries"), [(["a"], 0), (["a", "b"], 1), (["a", "b", "c"], 1)])
def test_breadcrumbs_read_every_ancestor_in_one_query(rf, home, slugs, queries):
    page = home
    for slug in slugs:
        page = StandardPageFactory(parent=page, slug=slug)
    request = rf.get(page.url)
    Site.find_for_request(request)  # found once per request while serving the page
    page.get_url(request)  # warm the site-root cache as a running server has it
    template = Template(
        "{% load seo_tags %}{% breadcrumb_trail page as trail %}{{ trail|length }}"
    )
    with CaptureQueriesContext(connection) as captured:
        length = template.render(Context({"request": request, "page": page}))
    assert (length, len(captured)) == (str(len(slugs) + 1), queries)


def test_site_settings_saved_in_the_admin_show_in_the_footer(
    admin_client, client, home, english_home
):
    contact = ContactPageFactory(parent=home)
    site = Site.objects.get()
    data = nested_form_data(
        {
            "social_links": streamfield(
                [("link", {"network": "linkedin", "url": "https://www.linkedin.com/school/x/"})]
            ),
            "default_social_image": "",
            "contact_page": contact.id,
        }
    )
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.id])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    for language in ("fr", "en"):
        footer = html(client, f"/{language}/").split("<footer", 1)[1]
        assert '<a href="https://www.linkedin.com/school/x/" rel="me">LinkedIn</a>' in footer
        assert '<p lang="fr">Faculté de médecine de Lille<br>Pôle Recherche<br>' in footer
        assert '<a href="tel:+33320626800">+33 3 20 62 68 00</a>' in footer

    contact.unpublish()
    assert "Pôle Recherche" not in html(client, "/fr/")


def test_editors_find_the_sharing_fields_in_the_promote_tab(admin_client, home):
    page = StandardPageFactory(parent=home, slug="a")
    edit = html(admin_client, reverse("wagtailadmin_pages:edit", args=[page.id]))
    tabs = edit.split('aria-labelledby="tab-label-')[1:]
    promote = next(tab for tab in tabs if 'name="seo_title"' in tab)
    assert 'name="social_image"' in promote
    assert 'name="noindex"' in promote
