"""The contact form's privacy notice, and messages deleted once kept for the retention period."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home.models import ContactPage
from publishing.management.commands import run_scheduler
from tests.content import CONTACT_IN_ENGLISH
from tests.factories import ContactPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db

NOTICE = "Vos messages sont conservés un temps limité."
NOTICE_IN_ENGLISH = "Your messages are kept for a limited time."


@pytest.fixture
def contact(home):
    return ContactPageFactory(parent=home, privacy_notice=f"<p>{NOTICE}</p>")


def sent(page, days_ago):
    """A message sent through the page's form that many days ago."""
    submission = FormSubmission.objects.create(page=page, form_data={"nom": f"{days_ago} days"})
    FormSubmission.objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - timedelta(days=days_ago)
    )
    return submission


def kept():
    return sorted(s.form_data["nom"] for s in FormSubmission.objects.all())


def test_the_notice_stands_before_the_form_and_is_read_with_its_send_button(client, contact):
    html = client.get("/fr/contact/").content.decode()
    before_the_form = html.split('<section class="contact-form"', 1)[1].split("<form", 1)[0]
    assert re.search(rf'<div class="[^"]*" id="contact-privacy-notice">\s*<p>{NOTICE}</p>', html)
    assert 'id="contact-privacy-notice"' in before_the_form
    form = html.split('<section class="contact-form"', 1)[1]
    button = re.search(r'<button[^>]*type="submit"[^>]*>', form).group(0)
    assert 'aria-describedby="contact-privacy-notice"' in button


def test_without_a_notice_nothing_refers_to_one(client, home):
    ContactPageFactory(parent=home)
    assert "contact-privacy-notice" not in client.get("/fr/contact/").content.decode()


def test_the_notice_is_translated_with_the_page(client, contact, english_home, locales):
    translate(contact, locales["en"], {**CONTACT_IN_ENGLISH, NOTICE: NOTICE_IN_ENGLISH})
    english = contact.get_translation(locales["en"]).specific
    assert english.privacy_notice == f"<p>{NOTICE_IN_ENGLISH}</p>"
    html = client.get("/en/contact/").content.decode()
    assert NOTICE_IN_ENGLISH in html
    assert NOTICE not in html


def test_messages_older_than_the_retention_are_deleted(contact, settings):
    settings.CONTACT_MESSAGE_RETENTION_DAYS = 30
    for days_ago in (0, 29, 31, 400):
        sent(contact, days_ago)
    call_command("delete_old_contact_messages")
    assert kept() == ["0 days", "29 days"]


def test_with_nothing_to_delete_a_run_costs_one_query(contact, django_assert_num_queries):
    # The scheduler runs it every minute.
    sent(contact, days_ago=1)
    with django_assert_num_queries(1):
        call_command("delete_old_contact_messages")
    assert kept() == ["1 days"]


def test_the_scheduler_deletes_old_messages(contact):
    sent(contact, days_ago=400)
    sent(contact, days_ago=1)
    call_command("run_scheduler", once=True)
    assert kept() == ["1 days"]


def test_the_scheduler_deletes_old_messages_even_when_publishing_fails(contact, caplog):
    sent(contact, days_ago=400)
    with (
        mock.patch.object(run_scheduler, "call_command", side_effect=RuntimeError("broken")),
        mock.patch.object(run_scheduler, "close_old_connections"),
        mock.patch.object(run_scheduler.time, "sleep", side_effect=SystemExit),
        mock.patch.object(run_scheduler.signal, "signal"),
        pytest.raises(SystemExit),
    ):
        call_command("run_scheduler")
    assert "Scheduled publishing failed" in caplog.text
    assert kept() == []


def test_the_demo_notice_states_the_retention_and_readers_in_both_languages(
    client, demo, settings
):
    days = settings.CONTACT_MESSAGE_RETENTION_DAYS
    for language, says in (
        ("fr", [f"{days} jours", "l’équipe de communication"]),
        ("en", [f"{days} days", "the communications team"]),
    ):
        page = ContactPage.objects.get(locale=demo[language])
        html = client.get(page.url).content.decode()
        notice = html.split('id="contact-privacy-notice">', 1)[1].split("</div>", 1)[0]
        assert all(text in notice for text in says), (language, notice)
