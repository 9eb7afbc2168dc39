"""An event from the Editor to visitors of both languages: an Editor writes it in French and
submits it, a Moderator publishes it, an English translator translates it, a Moderator publishes
the English; visitors then find it in each language's agenda, calendar, sitemap and search, on
pages without an accessibility barrier."""

from urllib.parse import urlsplit

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from agenda.models import EventPage
from tests.browser.admin import (
    add_child_page,
    approve_from_dashboard,
    log_in,
    report_row,
    translate,
)
from tests.factories import EventIndexPageFactory
from translations.translating import translate as translate_in_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def segment(page, french):
    """The translation editor's segment whose French is `french`."""
    return page.locator("li", has=page.get_by_text(french, exact=True)).last


def test_an_event_published_in_french_and_translated_is_found_in_both_languages(
    live_server, page, home, english_home, locales, editorial_team, barriers
):
    agenda = EventIndexPageFactory(parent=home)
    translate_in_code(agenda, locales["en"], {"Agenda": "Events", "agenda": "events"})

    # The Editor writes the event in the agenda and submits it.
    log_in(page, live_server, "editor")
    add_child_page(page, "Agenda")
    page.get_by_role("textbox", name="Title*").fill("Séminaire sur le microbiote")
    page.get_by_role("textbox", name="Introduction").fill("Les équipes présentent leurs travaux.")
    page.get_by_role("textbox", name="Start*").fill("2027-12-07 14:00")
    page.get_by_role("textbox", name="End*").fill("2027-12-07 16:00")
    page.get_by_role("combobox", name="Attendance").select_option(label="On site and online")
    page.get_by_role("textbox", name="Place").fill("Salle du conseil")
    page.get_by_role("textbox", name="Registration link").fill("https://example.org/inscription")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("created and submitted for moderation")).to_be_visible()

    # A Moderator publishes it: it is on the French agenda.
    log_in(page, live_server, "moderator")
    approve_from_dashboard(page, "Séminaire sur le microbiote")
    page.goto(live_server.url + "/fr/agenda/")
    page.get_by_role("link", name="Séminaire sur le microbiote").click()
    expect(page.get_by_text("mardi 7 décembre 2027, 14 h 00")).to_be_visible()

    # The English translator translates it from the report; a Moderator publishes it.
    log_in(page, live_server, "translator")
    french = EventPage.objects.get(locale=locales["fr"])
    report_row(page, french).get_by_role("link", name="Start translation").click()
    page.get_by_role("button", name="Start translation").click()
    translate(segment(page, "Séminaire sur le microbiote"), "Microbiota seminar")
    translate(
        segment(page, "Les équipes présentent leurs travaux."), "The teams present their work."
    )
    translate(segment(page, "Salle du conseil"), "Council room")
    page.get_by_role("tab", name="Promote").click()
    translate(segment(page, "seminaire-sur-le-microbiote"), "microbiota-seminar")
    report_row(page, french).get_by_role("link", name="Submit for moderation").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("was submitted for moderation")).to_be_visible()
    log_in(page, live_server, "moderator")
    approve_from_dashboard(page, "Microbiota seminar")
    page.context.clear_cookies()

    # Visitors find it in each language: agenda, event page, calendar, sitemap and search.
    sitemap = page.request.get(live_server.url + "/sitemap.xml").text()
    visits = [
        ("Séminaire sur le microbiote", "S’inscrire", "/fr/agenda/", "passes/", "calendrier/"),
        ("Microbiota seminar", "Register", "/en/events/", "past/", "calendar/"),
    ]
    searches = ["/fr/rechercher/?q=microbiote", "/en/search/?q=microbiota"]
    for (title, register, agenda_url, past, calendar), search in zip(
        visits, searches, strict=True
    ):
        page.goto(live_server.url + agenda_url)
        assert not barriers()
        page.get_by_role("link", name=title).click()
        event_url = page.url
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        expect(page.get_by_role("link", name=register)).to_be_visible()
        assert not barriers()
        assert f"<loc>{event_url}</loc>" in sitemap
        ics = page.request.get(live_server.url + agenda_url + calendar).body()
        (listed,) = Calendar.from_ical(ics).walk("VEVENT")
        # The site's own address (its Site record), whatever the test server's port.
        assert str(listed["SUMMARY"]) == title
        assert urlsplit(str(listed["URL"])).path == urlsplit(event_url).path
        page.goto(live_server.url + agenda_url + past)
        expect(page.get_by_role("link", name=title)).to_have_count(0)
        assert not barriers()
        page.goto(live_server.url + search)
        expect(page.get_by_role("link", name=title)).to_be_visible()
