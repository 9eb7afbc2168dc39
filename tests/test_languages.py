import re

import pytest
from django.utils import translation
from wagtail.models import Page

from core.views import server_error
from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def switcher_links(html):
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return dict(re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+"', switcher))


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-FR,fr;q=0.9,en;q=0.8", "/fr/"),
        ("de-DE,en;q=0.5", "/en/"),
        ("de-DE,es;q=0.8", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_redirects_to_the_browser_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_french_home_is_french_with_alternates_and_canonical(client, english_home):
    html = client.get("/fr/").content.decode()
    assert '<html lang="fr">' in html
    assert '<link rel="canonical" href="http://localhost/fr/">' in html
    assert alternates(html) == {
        "fr": "http://localhost/fr/",
        "en": "http://localhost/en/",
        "x-default": "http://localhost/fr/",
    }
    assert "Aller au contenu" in html


def test_english_home_is_english_and_switches_back_to_french(client, english_home):
    html = client.get("/en/").content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Home</h1>" in html
    assert '<link rel="canonical" href="http://localhost/en/">' in html
    assert switcher_links(html) == {"/fr/": "fr"}
    assert "Skip to content" in html


def test_switcher_on_a_translated_page_leads_to_its_translation(
    client, home, english_home, locales
):
    about = StandardPageFactory(parent=home, slug="a-propos")
    translate(
        about,
        locales["en"],
        {about.title: "About", "a-propos": "about", about.introduction: "A page of the site."},
    )
    html = client.get("/fr/a-propos/").content.decode()
    assert switcher_links(html) == {"/en/about/": "en"}
    assert alternates(html)["en"] == "http://localhost/en/about/"
    english = client.get("/en/about/").content.decode()
    assert switcher_links(english) == {"/fr/a-propos/": "fr"}


def test_untranslated_page_switches_to_the_other_home_and_claims_no_alternate(
    client, home, english_home
):
    StandardPageFactory(parent=home, slug="seule")
    html = client.get("/fr/seule/").content.decode()
    assert switcher_links(html) == {"/en/": "en"}
    assert set(alternates(html)) == {"fr", "x-default"}


def test_an_alias_is_not_offered_as_a_translation(client, home, english_home, locales):
    french_page = StandardPageFactory(parent=home)
    french_page.copy_for_translation(locales["en"], alias=True)
    assert Page.objects.filter(alias_of=french_page).exists()
    html = client.get(french_page.url).content.decode()
    assert switcher_links(html) == {"/en/": "en"}
    assert "en" not in alternates(html)


def test_menu_shows_the_home_children_in_the_page_language(client, home, english_home, locales):
    page = StandardPageFactory(
        parent=home, title="Recherche", slug="recherche", show_in_menus=True
    )
    StandardPageFactory(parent=home, title="Cachée", slug="cachee")
    translate(
        page,
        locales["en"],
        {"Recherche": "Research", "recherche": "research", page.introduction: "A page."},
    )
    french = client.get("/fr/").content.decode()
    assert '<a href="/fr/recherche/">Recherche</a>' in french
    assert "Cachée" not in french
    english = client.get("/en/").content.decode()
    assert '<a href="/en/research/">Research</a>' in english
    assert "Recherche" not in english


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [("/fr/introuvable/", "fr", "Page introuvable"), ("/en/missing/", "en", "Page not found")],
)
def test_not_found_page_speaks_the_visitor_language(client, english_home, url, lang, text):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert text in html


def test_robots_and_sitemap_sit_outside_the_language_prefixes(client, english_home):
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/fr/</loc>" in sitemap
    assert "<loc>http://testserver/en/</loc>" in sitemap
    assert client.get("/fr/robots.txt").status_code == 404


def test_home_renders_within_its_query_budget(client, english_home, django_assert_max_num_queries):
    client.get("/fr/")  # warm the site-root cache as a running server has it
    with django_assert_max_num_queries(10):
        assert client.get("/fr/").status_code == 200


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "Erreur du serveur"), ("en", "Server error")],
)
def test_server_error_page_speaks_the_visitor_language(rf, language, text):
    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}">' in html
    assert text in html


def test_an_unknown_language_prefix_gets_a_french_not_found_page(client, english_home):
    response = client.get("/de/forschung/", follow=True)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_a_page_address_without_its_language_is_sent_to_it(client, home):
    page = home.add_child(instance=StandardPageFactory.build(title="Méthodes", slug="methodes"))
    response = client.get("/methodes/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == page.url


@pytest.mark.parametrize("url", ["/admin/no-such-view/", "/media/images/", "/static/css/"])
def test_a_missing_admin_view_or_file_is_not_sent_under_a_language(admin_client, home, url):
    response = admin_client.get(url)
    assert response.status_code == 404
    assert response["Content-Language"] == "fr"
