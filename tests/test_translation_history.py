"""A translation's history: who translated it, brought it up to date, submitted, approved and
published it, when, and from which version of the French; on the English page's history and
in the translation report."""

import pytest
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import override
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.test_translator_loop import (
    alias_of,
    approve,
    published_french,
    row,
    start_url,
    translate_segment,
    update_url,
)
from translations.history import latest_events

pytestmark = pytest.mark.django_db


def in_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks French by default
    profile.save()
    return user


def written(moment):
    with override("en"):
        return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def republished(french, introduction):
    french.introduction = introduction
    french.save_revision().publish()
    french.refresh_from_db()
    return french.last_published_at


@pytest.fixture
def translated(client, user_in, home, english_home, locales):
    """A French page translated by a translator, approved by a moderator, then changed and
    published again, and brought up to date by the translator."""
    translator = in_english(user_in("Translators (English)"))
    moderator = in_english(user_in("Moderators"))
    french = published_french(home)
    first_version = french.last_published_at
    alias = alias_of(french, locales)
    client.force_login(translator)
    client.post(start_url(alias))
    english = Page.objects.get(id=alias.id)
    for source, value in PAGE_STRINGS.items():
        translate_segment(client, english, source, value)
    submitted = client.post(reverse("translations_submit_for_moderation", args=[english.id]))
    assert submitted.status_code == 302
    client.force_login(moderator)
    approve(client, english)
    second_version = republished(french, "Une page du site, revue.")
    client.force_login(translator)
    assert client.post(update_url(english)).status_code == 302
    return {
        "french": french,
        "english": english,
        "first_version": first_version,
        "second_version": second_version,
    }


PAGE_STRINGS = {
    "Méthodes": "Methods",
    "methodes": "methods",
    "Une page du site.": "A page of the site.",
}


def test_the_english_page_s_history_names_the_french_version_each_english_was_made_from(
    client, translated
):
    english = translated["english"]
    history = client.get(reverse("wagtailadmin_pages:history", args=[english.id])).text

    first, second = written(translated["first_version"]), written(translated["second_version"])
    assert f"Translated from the French version published on {first}" in history
    assert f"Brought up to date with the French version published on {second}" in history
    # The update saved the English again as a draft, made from the new French.
    assert f"Translated from the French version published on {second}" in history


def test_the_latest_of_each_event_says_who_and_when(translated):
    english = translated["english"]
    with override("en"):
        events = {str(event.label): event for event in latest_events([english.id])[english.id]}

    assert list(events) == [
        "Translated",
        "Brought up to date",
        "Submitted",
        "Approved",
        "Published",
    ]
    assert events["Translated"].by == "translators-(english)"
    assert events["Brought up to date"].by == "translators-(english)"
    assert events["Submitted"].by == "translators-(english)"
    assert events["Approved"].by == "moderators"
    assert events["Published"].by == "moderators"
    assert events["Brought up to date"].french == written(translated["second_version"])
    assert events["Published"].french is None
    assert events["Approved"].at < events["Brought up to date"].at


def test_the_report_shows_each_translation_s_history(client, translated):
    cells = row(client, translated["french"])

    assert "data-history" in cells
    assert "Translated by translators-(english)" in cells
    assert "Approved by moderators" in cells
    assert f"from the French published on {written(translated['second_version'])}" in cells
    history_url = reverse("wagtailadmin_pages:history", args=[translated["english"].id])
    assert f'href="{history_url}"' in cells
