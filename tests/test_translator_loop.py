"""The translator's loop in the admin: start a translation from the alias or the report, update
it when the French changes, and see it up to date once a moderator publishes it."""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.content import PAGE_IN_ENGLISH
from tests.factories import StandardPageFactory
from translations.report import State, page_statuses
from translations.translating import translate

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/translation-status/"
EDITOR_TEMPLATE = "wagtail_localize/admin/edit_translation.html"


def start_url(alias):
    return reverse("translations_start", args=[alias.id])


def update_url(english):
    return reverse("translations_update", args=[english.id])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def state_of(page):
    return {status.page.id: status.state for status in page_statuses()}[page.id]


def row(client, page):
    """The cells of `page`'s row in the report, as `client` sees it."""
    html = client.get(REPORT_URL).content.decode()
    found = re.search(rf'<tr data-state="\w+" data-page="{page.id}" [^>]*>(.*?)</tr>', html, re.S)
    return found.group(1)


def published_french(home, title="Méthodes", slug="methodes"):
    """A French page published as an editor's would be: its English alias appears."""
    french = StandardPageFactory(parent=home, title=title, slug=slug, live=False)
    french.save_revision().publish()
    french.refresh_from_db()
    return french


def alias_of(french, locales):
    return Page.objects.get(alias_of=french, locale=locales["en"])


def translation_of(english):
    return Translation.objects.get(
        source__object_id=english.translation_key, target_locale_id=english.locale_id
    )


def translate_segment(client, english, source_text, value):
    """What the translation editor sends when a translator saves a segment."""
    translation = translation_of(english)
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(url, urlencode({"value": value}), "application/x-www-form-urlencoded")
    assert response.status_code in {200, 201}


def approve(client, page):
    page = Page.objects.get(id=page.id).specific
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.id, "approve", task_state.id])
    assert client.post(url, {"comment": ""}).status_code == 302


# Finding 1: starting a translation.


def test_a_translator_starts_translating_a_new_page_from_its_alias(
    client, user_in, home, english_home, locales
):
    french = published_french(home)
    alias = alias_of(french, locales)
    client.force_login(user_in("Translators (English)"))

    # The alias's edit view offers the project's start, not wagtail-localize's submission.
    edit_view = client.get(edit_url(alias)).content.decode()
    assert start_url(alias) in edit_view
    assert reverse("wagtail_localize:submit_page_translation", args=[french.id]) not in edit_view

    response = client.post(start_url(alias))
    assert response.url == edit_url(alias)
    english = Page.objects.get(id=alias.id)
    assert english.alias_of_id is None
    assert translation_of(english).enabled
    # Offline until a moderator publishes it; the translator lands in the translation editor.
    assert not english.live
    editor = client.get(response.url)
    assert EDITOR_TEMPLATE in [template.name for template in editor.templates]
    assert state_of(french) == State.IN_PROGRESS


def test_a_translation_starts_from_the_published_french_never_a_draft(
    client, user_in, home, english_home, locales
):
    french = published_french(home)
    french.introduction = "Un brouillon que personne n’a relu."
    french.save_revision()
    alias = alias_of(french, locales)
    client.force_login(user_in("Translators (English)"))
    client.post(start_url(alias))

    strings = set(
        StringSegment.objects.filter(source__object_id=french.translation_key).values_list(
            "string__data", flat=True
        )
    )
    assert "Une page du site." in strings
    assert "Un brouillon que personne n’a relu." not in strings


def test_only_those_who_may_edit_the_alias_start_its_translation(
    client, user_in, home, english_home, locales
):
    french = published_french(home)
    alias = alias_of(french, locales)
    client.force_login(user_in("Editors"))
    assert client.post(start_url(alias)).url == reverse("wagtailadmin_home")
    assert Page.objects.get(id=alias.id).alias_of_id == french.id
    assert start_url(alias) not in row(client, french)

    client.force_login(user_in("Moderators"))
    assert start_url(alias) in row(client, french)
    assert client.post(start_url(alias)).url == edit_url(alias)


def test_the_reports_missing_row_offers_to_start(client, user_in, home, english_home, locales):
    french = published_french(home)
    client.force_login(user_in("Translators (English)"))
    assert start_url(alias_of(french, locales)) in row(client, french)


def test_an_editor_translating_a_page_has_english_ticked_and_lands_where_they_may_be(
    client, user_in, home, english_home, locales
):
    french = published_french(home)
    client.force_login(user_in("Editors"))
    url = reverse("wagtail_localize:submit_page_translation", args=[french.id])
    form = client.get(url).content.decode()
    english_box = re.search(
        rf'<input type="checkbox" name="locales" value="{locales["en"].id}"[^>]*>', form
    ).group(0)
    assert "checked" in english_box

    response = client.post(url, {"locales": [locales["en"].id]}, follow=True)
    assert response.status_code == 200
    levels = {message.level_tag for message in get_messages(response.wsgi_request)}
    assert levels == {"success"}
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[home.id])
    assert not Page.objects.get(
        translation_key=french.translation_key, locale=locales["en"]
    ).alias_of_id


# Finding 2: updating an out-of-date translation.


@pytest.fixture
def out_of_date(home, english_home, locales):
    """A French page translated into English, then changed and published again."""
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH).specific
    french.introduction = "Une page du site, revue."
    french.save_revision().publish()
    french.refresh_from_db()
    return {"french": french, "english": english}


def test_a_translator_updates_an_out_of_date_translation_keeping_their_english(
    client, user_in, out_of_date, locales
):
    french, english = out_of_date["french"], out_of_date["english"]
    client.force_login(user_in("Translators (English)"))
    assert update_url(english) in row(client, french)
    # The editor says the French changed, with the action.
    editor = client.get(edit_url(english))
    assert update_url(english) in "".join(str(m) for m in get_messages(editor.wsgi_request))

    assert client.get(update_url(english)).status_code == 200
    response = client.post(update_url(english))
    assert response.url == edit_url(english)

    # The changed string shows the previous English, marked for the translator to check.
    changed = StringTranslation.objects.get(
        translation_of__data="Une page du site, revue.", locale=locales["en"]
    )
    assert changed.data == "A page of the site."
    assert changed.has_error and changed.get_error()
    assert state_of(french) == State.IN_PROGRESS
    # The editor no longer says the French changed.
    editor = client.get(edit_url(english))
    assert update_url(english) not in "".join(str(m) for m in get_messages(editor.wsgi_request))
    # Visitors still read the published English; the update is a draft.
    assert "A page of the site." in client.get("/en/methods/").text
    english.refresh_from_db()
    assert english.introduction == "A page of the site."
    assert english.has_unpublished_changes


def test_an_editors_sync_keeps_the_previous_english_of_a_changed_string(
    client, user_in, out_of_date, locales
):
    """wagtail-localize's "Sync translated pages", as Editors use it, marks the changed string
    with its previous English too, instead of leaving it empty."""
    french, english = out_of_date["french"], out_of_date["english"]
    source = translation_of(english).source
    client.force_login(user_in("Editors"))
    sync = reverse("wagtail_localize:update_translations", args=[source.id])
    assert client.post(sync).status_code == 302

    changed = StringTranslation.objects.get(
        translation_of__data="Une page du site, revue.", locale=locales["en"]
    )
    assert (changed.data, changed.has_error) == ("A page of the site.", True)
    assert state_of(french) == State.IN_PROGRESS
    # The sync screen links each translation for those who may open it only.
    assert edit_url(english) not in client.get(sync).text
    client.force_login(user_in("Moderators"))
    assert edit_url(english) in client.get(sync).text
    # Nothing reaches visitors: the live English is as it was.
    assert "A page of the site." in client.get("/en/methods/").text


def test_only_those_who_may_edit_the_translation_update_it(client, user_in, out_of_date):
    english = out_of_date["english"]
    client.force_login(user_in("Editors"))
    assert client.post(update_url(english)).url == reverse("wagtailadmin_home")
    assert state_of(out_of_date["french"]) == State.OUT_OF_DATE


# Finding 3: the report after a synchronisation, a submission and an approval.


def test_the_report_is_up_to_date_once_the_synchronised_translation_is_published(
    client, user_in, out_of_date
):
    french, english = out_of_date["french"], out_of_date["english"]
    source = translation_of(english).source
    client.force_login(user_in("Editors"))
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.id]))
    assert response.status_code == 302

    translator = user_in("Translators (English)")
    client.force_login(translator)
    translate_segment(client, english, "Une page du site, revue.", "A page of the site, revised.")
    client.post(reverse("translations_submit_for_moderation", args=[english.id]))
    client.force_login(user_in("Moderators"))
    approve(client, english)

    assert "A page of the site, revised." in client.get("/en/methods/").text
    assert state_of(french) == State.UP_TO_DATE


# The dashboard: what waits for a translator.


def waiting_rows(client):
    """{page id: (state, the row's cells)} of the dashboard's "Waiting for you"."""
    html = client.get("/admin/").content.decode()
    table = re.search(r"<table [^>]*data-waiting>(.*?)</table>", html, re.S)
    if table is None:
        return {}
    row = r'<tr data-state="(\w+)" data-page="(\d+)">(.*?)</tr>'
    found = re.findall(row, table.group(1), re.S)
    return {int(page): (state, cells) for state, page, cells in found}


def test_the_dashboard_shows_a_translator_what_waits_for_them_with_its_next_step(
    client, user_in, out_of_date, home, locales
):
    new = published_french(home, title="Nouvelle", slug="nouvelle")
    started = published_french(home, title="Commencée", slug="commencee")
    translator = user_in("Translators (English)")
    client.force_login(translator)
    client.post(start_url(alias_of(started, locales)))

    waiting = waiting_rows(client)
    assert set(waiting) == {new.id, started.id, out_of_date["french"].id}
    assert waiting[new.id][0] == State.MISSING
    assert start_url(alias_of(new, locales)) in waiting[new.id][1]
    assert waiting[started.id][0] == State.IN_PROGRESS
    assert edit_url(started.get_translation(locales["en"])) in waiting[started.id][1]
    assert update_url(out_of_date["english"]) in waiting[out_of_date["french"].id][1]

    # Nothing waits for an editor: they do not translate.
    client.force_login(user_in("Editors"))
    assert waiting_rows(client) == {}


def test_a_finished_translation_waits_for_its_submission_then_for_a_moderator(
    client, user_in, home, english_home, locales
):
    french = published_french(home)
    client.force_login(user_in("Translators (English)"))
    client.post(start_url(alias_of(french, locales)))
    english = french.get_translation(locales["en"])
    for source_text, value in PAGE_IN_ENGLISH.items():
        translate_segment(client, english, source_text, value)
    submit_url = reverse("translations_submit_for_moderation", args=[english.id])

    # Translated and offline: the translator's next step is to submit it, offered in the
    # report, on the dashboard and in the translation editor.
    assert state_of(french) == State.AWAITING_PUBLICATION
    assert submit_url in row(client, french)
    assert submit_url in waiting_rows(client)[french.id][1]
    assert submit_url in client.get(edit_url(english)).text

    # Submitted: it waits for a moderator, and no longer for the translator.
    client.post(submit_url)
    assert state_of(french) == State.AWAITING_PUBLICATION
    assert submit_url not in row(client, french)
    assert french.id not in waiting_rows(client)
    assert submit_url not in client.get(edit_url(english)).text


def test_the_dashboard_asks_as_many_queries_for_3_pages_as_for_10(
    client, user_in, home, english_home, locales
):
    client.force_login(user_in("Translators (English)"))

    def queries():
        client.get("/admin/")  # warms what is kept once per process
        with CaptureQueriesContext(connection) as dashboard:
            assert client.get("/admin/").status_code == 200
        return len(dashboard)

    for n in range(3):
        published_french(home, title=f"Page {n}", slug=f"page-{n}")
    with_3 = queries()
    assert len(waiting_rows(client)) == 3
    for n in range(3, 10):
        published_french(home, title=f"Page {n}", slug=f"page-{n}")
    assert queries() == with_3
    assert len(waiting_rows(client)) == 10


# Notifications.


@pytest.fixture
def people(django_user_model):
    """A translator with an admin in English, one without an e-mail address, an editor and a
    moderator with an admin in French (the default)."""

    def person(username, group_name, email):
        user = django_user_model.objects.create_user(username=username, email=email)
        user.groups.add(Group.objects.get(name=group_name))
        return user

    translator = person("translator", "Translators (English)", "translator@example.org")
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "en"
    profile.save()
    person("no-address", "Translators (English)", "")
    person("editor", "Editors", "editor@example.org")
    person("moderator", "Moderators", "moderator@example.org")
    return {"translator": translator}


def test_translators_are_told_when_a_french_page_awaits_translation(
    people, home, english_home, locales, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        french = published_french(home)
    [mail] = mailoutbox
    assert mail.to == ["translator@example.org"]
    assert mail.subject == "“Méthodes” awaits translation into English"
    assert "http://testserver" + start_url(alias_of(french, locales)) in mail.body


def test_a_mail_server_that_is_down_does_not_break_a_publication(
    people, home, english_home, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    with django_capture_on_commit_callbacks(execute=True):
        french = published_french(home)
    assert french.live
    assert "Could not tell" in caplog.text


def test_translators_are_told_when_a_published_french_change_leaves_their_translation_behind(
    people, home, english_home, locales, mailoutbox, django_capture_on_commit_callbacks
):
    french = published_french(home)
    english = translate(french, locales["en"], PAGE_IN_ENGLISH)
    french.introduction = "Une page du site, revue."
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    [mail] = mailoutbox
    assert mail.to == ["translator@example.org"]
    assert "out of date" in mail.subject
    assert "http://testserver" + update_url(english) in mail.body


def test_moderators_are_told_when_a_translation_awaits_review_in_their_language(
    client, people, home, english_home, locales, mailoutbox, django_capture_on_commit_callbacks
):
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH)
    client.force_login(people["translator"])
    translate_segment(client, english, "Une page du site.", "How our teams work.")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("translations_submit_for_moderation", args=[english.id]))
    assert [mail.to for mail in mailoutbox] == [["moderator@example.org"]]
    # Wagtail's own message, in the moderator's admin language (French).
    assert "Methods" in mailoutbox[0].subject
    with override("fr"):
        assert gettext("submitted") in mailoutbox[0].subject or "soumis" in mailoutbox[0].subject
