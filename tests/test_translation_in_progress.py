"""A page's English address keeps leading somewhere while its translation is in progress.

While a new French page waits in English as an alias, its English address sends visitors to
the French page (302). Once a translator starts the translation the alias becomes an offline
English page until a Moderator publishes it: a link shared meanwhile must not break.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db

IN_ENGLISH = {
    "Nouvelle page": "New page",
    "nouvelle-page": "new-page",
    "Une page du site.": "A page of the site.",
}


@pytest.fixture
def french(home, english_home):
    """A live French page waiting in English as an alias (as its first publication left it)."""
    page = StandardPageFactory(parent=home, title="Nouvelle page", slug="nouvelle-page")
    page.save_revision().publish()
    return page


@pytest.fixture
def in_progress(french, admin_client, locales, django_capture_on_commit_callbacks):
    """The English page whose translation was started in the admin: offline, untranslated."""
    submit = reverse("wagtail_localize:submit_page_translation", args=[french.id])
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(submit, {"locales": [locales["en"].id]}).status_code == 302
    english = french.get_translation(locales["en"])
    assert english.alias_of_id is None and not english.live
    return english


def test_the_alias_leads_to_the_french_page(client, french):
    response = client.get("/en/nouvelle-page/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/nouvelle-page/"


def test_a_translation_in_progress_leads_to_the_french_page(client, in_progress):
    response = client.get("/en/nouvelle-page/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/nouvelle-page/"


def test_its_live_children_are_still_served(client, in_progress, locales):
    """Routing goes through the offline page to its children as before."""
    child = StandardPageFactory(
        parent=in_progress, title="Child", slug="child", locale=in_progress.locale
    )
    assert client.get("/en/nouvelle-page/child/").status_code == 200
    child.unpublish()
    assert client.get("/en/nouvelle-page/child/").status_code == 404  # no French to lead to


def test_once_published_the_english_is_served(client, french, in_progress, locales):
    translate(french, locales["en"], IN_ENGLISH)
    assert client.get("/en/nouvelle-page/").status_code == 404  # the translated slug now
    response = client.get("/en/new-page/")
    assert response.status_code == 200
    assert "A page of the site." in response.content.decode()


def test_an_english_page_taken_offline_leads_to_the_french_page(client, french, locales):
    """Its address was shared while it was live: the French page is the next best."""
    english = translate(french, locales["en"], IN_ENGLISH)
    assert client.get("/en/new-page/").status_code == 200
    english.unpublish()
    response = client.get("/en/new-page/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/nouvelle-page/"


def test_the_french_page_taken_offline_answers_404_in_both_languages(client, french, in_progress):
    french.unpublish()
    assert client.get("/fr/nouvelle-page/").status_code == 404
    assert client.get("/en/nouvelle-page/").status_code == 404


def test_an_offline_translation_is_not_offered_to_search_engines(client, french, in_progress):
    french_html = client.get("/fr/nouvelle-page/").content.decode()
    assert 'hreflang="en"' not in french_html.split("</head>")[0]
    assert "/en/nouvelle-page/" not in client.get("/sitemap.xml").content.decode()
    assert "Nouvelle page" not in client.get("/en/").content.decode()
    assert "Nouvelle page" not in client.get("/en/search/?q=nouvelle").content.decode()


def test_the_page_cache_keeps_no_redirect_past_the_publication(
    client, settings, french, in_progress, locales
):
    settings.PAGE_CACHE_SECONDS = 600
    response = client.get("/en/nouvelle-page/")
    assert response.status_code == 302
    # Neither the page cache nor a CDN keeps it.
    assert "no-store" in response["Cache-Control"]
    translate(french, locales["en"], {**IN_ENGLISH, "nouvelle-page": "nouvelle-page"})
    assert client.get("/en/nouvelle-page/").status_code == 200
    assert Page.objects.get(pk=in_progress.pk).live
