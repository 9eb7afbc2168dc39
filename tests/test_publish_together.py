"""A moderator publishes a page and its translations in one action."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.content import PAGE_IN_ENGLISH
from tests.factories import StandardPageFactory
from tests.i18n import in_french
from translations.translating import translate


@pytest.fixture
def waiting(home, english_home, locales):
    """A live page in both languages, with a new draft waiting in each."""
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH)
    french.title = "Méthodes revues"
    french.save_revision()
    english.title = "Revised methods"
    english.save_revision()
    return french, english


def publish_url(page):
    return reverse("publishing_publish_together", args=[page.id])


def test_a_moderator_publishes_a_page_and_its_translation_in_one_action(client, user_in, waiting):
    french, english = waiting
    client.force_login(user_in("Moderators"))

    confirmation = client.get(publish_url(french)).content.decode()
    assert confirmation.count(in_french("Will be published")) == 2
    assert "Méthodes revues" in confirmation and "Revised methods" in confirmation
    assert client.get("/fr/methodes/").content.decode().count("Méthodes revues") == 0

    response = client.post(publish_url(french))

    assert response.status_code == 302
    for page in (french, english):
        page = Page.objects.get(id=page.id)
        assert page.live and not page.has_unpublished_changes
    assert "<h1>Méthodes revues</h1>" in client.get("/fr/methodes/").content.decode()
    assert "<h1>Revised methods</h1>" in client.get("/en/methods/").content.decode()


def test_the_action_starts_from_any_language_and_skips_what_is_up_to_date(
    client, user_in, waiting
):
    french, english = waiting
    french.get_latest_revision().publish()
    client.force_login(user_in("Moderators"))

    confirmation = client.get(publish_url(english)).content.decode()
    assert confirmation.count(in_french("Will be published")) == 1

    client.post(publish_url(english))
    assert not Page.objects.get(id=english.id).has_unpublished_changes


@pytest.mark.parametrize("group", ["Editors", "Translators (English)", "Translators (French)"])
def test_who_cannot_publish_cannot_publish_together(client, user_in, waiting, group):
    french, english = waiting
    client.force_login(user_in(group))

    assert client.get(publish_url(french)).status_code in {302, 403}
    client.post(publish_url(french))

    for page in (french, english):
        assert Page.objects.get(id=page.id).has_unpublished_changes
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[english.id])).content.decode()
    assert publish_url(english) not in edit


def test_moderators_find_the_action_in_the_editor_and_the_page_listing(
    client, user_in, waiting, home
):
    french, _english = waiting
    client.force_login(user_in("Moderators"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[french.id])).content.decode()
    assert edit.count(f'href="{publish_url(french)}"') == 2  # publish menu and header menu
    listing = client.get(reverse("wagtailadmin_explore", args=[home.id])).content.decode()
    assert f'href="{publish_url(french)}"' in listing


def test_with_nothing_waiting_there_is_nothing_to_confirm(client, user_in, home, english_home):
    page = StandardPageFactory(parent=home, slug="a-jour")
    client.force_login(user_in("Moderators"))
    html = client.get(publish_url(page)).content.decode()
    assert in_french("No version of this page has changes waiting to be published.") in html
    assert in_french("Publish together") not in html
