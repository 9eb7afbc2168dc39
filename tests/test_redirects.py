"""Old addresses keep working: Wagtail's redirects, made by hand or when a page moves."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringSegment, Translation

from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def teams(home, english_home, locales):
    """A published page with a child, both translated and published in English."""
    teams = StandardPageFactory(parent=home, title="Équipes", slug="equipes")
    child = StandardPageFactory(parent=teams, title="Neurosciences", slug="neurosciences")
    page_text = {"Une page du site.": "A page of the site."}
    translate(teams, locales["en"], {"Équipes": "Teams", "equipes": "teams", **page_text})
    translate(
        child,
        locales["en"],
        {"Neurosciences": "Neuroscience", "neurosciences": "neuroscience", **page_text},
    )
    return teams


def assert_moved(client, old, new):
    response = client.get(old)
    assert (response.status_code, response.get("Location")) == (301, new), old
    assert client.get(new).status_code == 200


def test_a_renamed_french_page_and_its_child_keep_their_old_addresses(
    client, user_in, teams, django_capture_on_commit_callbacks
):
    client.force_login(user_in("Moderators"))
    data = {
        "title": "Équipes",
        "slug": "equipes-de-recherche",
        "introduction": "Une page du site.",
        "image_alt": "",
        "body": streamfield([]),
        "action-publish": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[teams.id]), nested_form_data(data)
        )
    assert response.status_code == 302

    assert_moved(client, "/fr/equipes/", "/fr/equipes-de-recherche/")
    assert_moved(client, "/fr/equipes/neurosciences/", "/fr/equipes-de-recherche/neurosciences/")
    assert Redirect.objects.filter(automatically_created=True).count() == 2


def test_a_renamed_english_translation_and_its_child_keep_their_old_addresses(
    client, user_in, teams, locales, django_capture_on_commit_callbacks
):
    """The English slug is a translated segment: a moderator changes it in the translation
    editor and publishes."""
    english = teams.get_translation(locales["en"])
    translation = Translation.objects.get(
        source__object_id=teams.translation_key, target_locale=locales["en"]
    )
    slug = StringSegment.objects.get(source=translation.source, string__data="equipes")
    client.force_login(user_in("Moderators"))
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, slug.id])
    response = client.put(
        url, urlencode({"value": "research-teams"}), "application/x-www-form-urlencoded"
    )
    assert response.status_code in {200, 201}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[english.id]), {"action": "publish"})

    assert_moved(client, "/en/teams/", "/en/research-teams/")
    assert_moved(client, "/en/teams/neuroscience/", "/en/research-teams/neuroscience/")


def test_a_page_moved_elsewhere_keeps_its_old_address(
    client, user_in, teams, home, django_capture_on_commit_callbacks
):
    child = teams.get_children().get()
    client.force_login(user_in("Moderators"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:move_confirm", args=[child.id, home.id])
        )
    assert response.status_code == 302

    assert_moved(client, "/fr/equipes/neurosciences/", "/fr/neurosciences/")


def test_an_editors_redirect_from_an_unprefixed_address_wins_over_the_language_prefix(
    client, user_in, teams
):
    # Without a redirect, an address without a language goes to the French one.
    response = client.get("/ancienne-page/")
    assert (response.status_code, response["Location"]) == (302, "/fr/ancienne-page/")

    client.force_login(user_in("Editors"))
    response = client.post(
        reverse("wagtailredirects:add"),
        {"old_path": "/ancienne-page/", "is_permanent": "on", "redirect_page": teams.id},
    )
    assert response.status_code == 302
    client.logout()

    assert_moved(client, "/ancienne-page/", "/fr/equipes/")
