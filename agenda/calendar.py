"""Events as iCalendar (RFC 5545), for calendar applications: one event's file, and each
language's calendar of upcoming events to subscribe to."""

from datetime import UTC

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event
from wagtail.models import Site

PRODUCT = "-//Lille University School of Medicine//Research site//EN"


def calendar_file(request, events, name):
    """`events` (EventPage objects) as the bytes of an iCalendar file named `name`."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    # The name calendar applications give a subscribed calendar.
    calendar.add("x-wr-calname", name)
    site = Site.find_for_request(request)
    stamp = timezone.now()
    for event in events:
        calendar.add_component(calendar_event(request, event, site, stamp))
    return calendar.to_ical()


def calendar_event(request, page, site, stamp):
    event = Event()
    # The same in every language and every download, so that an application updates the event
    # it has rather than adding it again.
    event.add("uid", f"{page.translation_key}@{site.hostname}")
    event.add("dtstamp", stamp.astimezone(UTC))
    # In UTC: unambiguous without a time zone definition in the file.
    event.add("dtstart", page.start.astimezone(UTC))
    event.add("dtend", page.end.astimezone(UTC))
    event.add("summary", page.title)
    event.add("url", page.get_full_url(request))
    event.add("location", page.place or page.get_attendance_display())
    description = [page.introduction]
    if page.registration_url:
        description.append(gettext("Registration: %(url)s") % {"url": page.registration_url})
    event.add("description", "\n\n".join(text for text in description if text))
    return event
