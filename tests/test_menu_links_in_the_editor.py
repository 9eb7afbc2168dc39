"""The admin page API, which the translation editor asks for the title of each page a menu or
footer links to: an English translator translating the English menu sees each linked page.

Menu links are synchronised: the English copy links to the same French pages as the French
one. Wagtail's API answers only the pages a user may explore, so the editor showed blank names
and "Edit this page" links to pages the translator may not open."""

import pytest
from django.urls import reverse

from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db


def page_api(client, page):
    return client.get(reverse("wagtailadmin_api:pages:detail", args=[page.id]))


@pytest.fixture
def translator(client, user_in):
    client.force_login(user_in("Translators (English)"))
    return client


@pytest.fixture
def about(home, english_home, locales):
    page = StandardPageFactory(parent=home, title="À propos", slug="a-propos", introduction="")
    translate(page, locales["en"], {"À propos": "About", "a-propos": "about"})
    return page


def test_a_translator_sees_the_english_page_a_french_link_leads_to(translator, about, locales):
    response = page_api(translator, about)
    assert response.status_code == 200
    english = about.get_translation(locales["en"])
    # The page English visitors reach through the link, and that the translator may edit.
    assert response.json()["id"] == english.id
    assert response.json()["title"] == "About"


def test_a_translator_sees_the_alias_of_a_page_waiting_for_translation(translator, home, locales):
    french = StandardPageFactory(parent=home, title="Recherche", slug="recherche")
    french.save_revision().publish()  # offered for translation: an English alias
    response = page_api(translator, french)
    assert response.status_code == 200
    assert response.json()["id"] == french.get_translation(locales["en"]).id
    assert response.json()["title"] == "Recherche"


def test_a_translator_sees_the_published_title_of_a_live_french_page_only(
    translator, home, english_home
):
    """A French page with no English version at all: its published title, as visitors read
    it, and not its draft's."""
    french = StandardPageFactory(parent=home, title="Recherche", slug="recherche")
    french.title = "Recherche (brouillon)"
    french.save_revision()
    response = page_api(translator, french)
    assert response.status_code == 200
    assert response.json()["title"] == "Recherche"
    assert "brouillon" not in response.content.decode()


def test_a_french_draft_stays_hidden_from_a_translator(translator, home, english_home):
    french = StandardPageFactory(parent=home, title="Projet secret", slug="secret", live=False)
    response = page_api(translator, french)
    assert response.status_code == 404
    assert "secret" not in response.content.decode()


def test_an_editor_still_sees_the_french_page_itself(client, user_in, about):
    client.force_login(user_in("Editors"))
    response = page_api(client, about)
    assert response.json()["id"] == about.id
    assert response.json()["title"] == "À propos"


def test_anonymous_visitors_get_nothing(client, about):
    assert page_api(client, about).status_code in {302, 401, 403}
