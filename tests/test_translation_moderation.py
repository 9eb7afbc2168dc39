"""A translator's English goes through moderation too: submitted, then approved by a moderator."""

from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from tests.content import PAGE_IN_ENGLISH
from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home, english_home, locales):
    """A live French page and its live English translation."""
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH)
    return {"french": french, "english": english.specific}


def translate_segment(client, english, source_text, value):
    """What the translation editor sends when a translator saves a segment."""
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale_id=english.locale_id
    )
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(url, urlencode({"value": value}), "application/x-www-form-urlencoded")
    assert response.status_code in {200, 201}


def submit_url(page):
    return reverse("translations_submit_for_moderation", args=[page.id])


def publish_url(page):
    return reverse("publishing_publish_together", args=[page.id])


def approve(client, page, action="approve"):
    page = Page.objects.get(id=page.id).specific
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.id, action, task_state.id])
    assert client.post(url, {"comment": ""}).status_code == 302


def test_a_translators_english_reaches_visitors_once_a_moderator_approves_it(
    client, user_in, pages, english_home
):
    english = pages["english"]
    client.force_login(user_in("Translators (English)"))
    translate_segment(client, english, "Une page du site.", "How our teams work.")

    # The explorer offers the translator to submit it; the form explains what happens.
    listing = client.get(reverse("wagtailadmin_explore", args=[english_home.id])).text
    assert submit_url(english) in listing
    assert client.get(submit_url(english)).status_code == 200
    response = client.post(submit_url(english))
    assert response.status_code == 302

    english.refresh_from_db()
    assert english.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert english.current_workflow_state.requested_by.username == "translators-(english)"
    # Visitors still read the published English; the moderator reviews the new one.
    assert "How our teams work." not in client.get("/en/methods/").text
    assert english.get_latest_revision_as_object().introduction == "How our teams work."
    # Nothing to submit again while the review is on, and translators do not approve.
    listing = client.get(reverse("wagtailadmin_explore", args=[english_home.id])).text
    assert submit_url(english) not in listing
    assert client.post(submit_url(english)).url == reverse("wagtailadmin_home")
    assert english.workflow_states.count() == 1
    task_state = english.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[english.id, "approve", task_state.id])
    )
    assert "How our teams work." not in client.get("/en/methods/").text

    client.force_login(user_in("Moderators"))
    approve(client, english)
    assert "How our teams work." in client.get("/en/methods/").text


def test_a_translation_sent_back_is_submitted_again_into_the_same_review(client, user_in, pages):
    english = pages["english"]
    translator, moderator = user_in("Translators (English)"), user_in("Moderators")
    client.force_login(translator)
    translate_segment(client, english, "Une page du site.", "How our teams wrok.")
    client.post(submit_url(english))
    client.force_login(moderator)
    approve(client, english, action="reject")

    client.force_login(translator)
    translate_segment(client, english, "Une page du site.", "How our teams work.")
    assert client.post(submit_url(english)).status_code == 302
    english.refresh_from_db()
    assert english.workflow_states.count() == 1
    assert english.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(moderator)
    approve(client, english)
    assert "How our teams work." in client.get("/en/methods/").text


def test_only_translations_are_submitted_here(client, user_in, pages):
    """French pages go through the page editor's own "Submit"; each group submits only what
    it may edit. A refusal sends the user to the dashboard."""
    french, english = pages["french"], pages["english"]
    translator, editor = user_in("Translators (English)"), user_in("Editors")
    for user, page in [(translator, french), (editor, french), (editor, english)]:
        client.force_login(user)
        assert client.get(submit_url(page)).url == reverse("wagtailadmin_home")
        assert client.post(submit_url(page)).url == reverse("wagtailadmin_home")
        assert not page.workflow_states.exists()


def test_a_translation_never_published_goes_live_once_approved(
    client, user_in, home, english_home, locales
):
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH, publish=False).specific
    client.force_login(user_in("Translators (English)"))
    translate_segment(client, english, "Une page du site.", "How our teams work.")
    client.post(submit_url(english))
    assert "How our teams work." not in client.get("/en/methods/").text

    client.force_login(user_in("Moderators"))
    approve(client, english)
    assert "How our teams work." in client.get("/en/methods/").text


def listing_queries(client, parent):
    """The number of queries of the explorer's listing of `parent`'s children, and its HTML."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_explore", args=[parent.id]))
    assert response.status_code == 200
    return len(queries), response.text


def test_the_explorer_asks_no_more_queries_for_more_pages(
    client, user_in, home, english_home, locales
):
    """Each page listed has its "Publish with translations", wagtail-localize's "Translate this
    page" or "Sync translated pages" and, for a translation, "Submit translation for
    moderation": none asks the database for each page."""
    client.force_login(user_in("Moderators"))

    translations = []

    def add_pages(count):
        for _ in range(count):
            page = StandardPageFactory(parent=home)
            english = {page.title: f"{page.title} (en)", page.slug: f"{page.slug}-en"}
            translations.append(
                translate(page, locales["en"], {**english, "Une page du site.": "A page."})
            )
            # A page published in French only: its English is an alias, to translate.
            StandardPageFactory(parent=home, live=False).save_revision().publish()

    def count_queries():
        counts, listings = [], []
        for parent in (home, english_home):
            client.get(reverse("wagtailadmin_explore", args=[parent.id]))
            queries, listing = listing_queries(client, parent)
            counts.append(queries)
            listings.append(listing)
        french, english = listings
        urls = [(submit_url(page), publish_url(page)) for page in translations]
        return (
            counts,
            sum(url in english for pair in urls for url in pair),
            french.count('href="/admin/localize/submit/page/'),  # Translate this page
            french.count('href="/admin/localize/update/'),  # Sync translated pages
        )

    # The French home, translated too, has its "Sync translated pages" in the header.
    add_pages(5)
    with_five, *buttons = count_queries()
    assert buttons == [2 * 5, 5, 5 + 1]
    add_pages(15)
    assert count_queries() == (with_five, 2 * 20, 20, 20 + 1)
