"""The agenda (EventIndexPage) and its events (EventPage).

An event's start and end are aware datetimes, entered and shown in Paris time (TIME_ZONE). It
is upcoming until its end passes, then past: nothing is saved when that happens, so whatever
shows an event is stored by the page cache no later than the next end (`changes_at`).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from agenda.calendar import calendar_file
from core.fragments import later
from core.page_languages import at_route, language_versions, live_versions
from core.pages import for_visitors
from core.stored_pages import store_until
from core.timed_pages import kept_changes_at
from home.models import BasePage
from home.relations import paginate, with_images
from home.structured_data import describe


class Attendance(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("On site and online")


def upcoming(events, now):
    """Events not yet ended (those under way included), the soonest first."""
    return events.filter(end__gt=now).order_by("start", "end", "pk")


def past(events, now):
    """Events that have ended, the latest first."""
    return events.filter(end__lte=now).order_by("-start", "-end", "-pk")


def next_end(events, now):
    """When the first of `events` still to end ends: the moment a listing of them changes."""
    return events.filter(end__gt=now).order_by("end").values_list("end", flat=True).first()


class EventIndexPage(RoutablePageMixin, BasePage):
    """The agenda: upcoming events, the soonest first; past events on their own page; a
    calendar of upcoming events to subscribe to."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def events(self):
        return with_images(for_visitors(EventPage.objects.child_of(self)))

    def latest_items(self, count):
        """The next `count` upcoming live events of this agenda (so in its language)."""
        return list(upcoming(self.events(), timezone.now())[:count])

    def next_change(self):
        """When the next upcoming event ends; the news index has none (home/features.py)."""
        return next_end(for_visitors(EventPage.objects.child_of(self)), timezone.now())

    def changes_at(self, request):
        return kept_changes_at(request, self, self.next_change)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        store_until(response, self.changes_at(request))
        return response

    @path("")
    def upcoming_events(self, request):
        events = later(lambda: paginate(request, upcoming(self.events(), timezone.now()), "page"))
        return self.render(request, context_overrides={"events": events, "past": False})

    # Translated addresses, as slugs are: /fr/agenda/passes/, /en/events/past/.
    @path(pgettext_lazy("address", "past/"), name="past")
    def past_events(self, request):
        events = later(lambda: paginate(request, past(self.events(), timezone.now()), "page"))
        # The language switch, hreflang links and canonical address name this page, not the
        # agenda's.
        languages = later(
            lambda: at_route(
                language_versions(self, live_versions(self.translation_key), request),
                self,
                "past",
            )
        )
        return self.render(
            request,
            context_overrides={
                "events": events,
                "past": True,
                "languages": languages,
                "canonical_url": later(
                    lambda: self.get_full_url(request) + self.reverse_subpage("past")
                ),
            },
        )

    @path(pgettext_lazy("address", "calendar/"), name="calendar")
    def calendar(self, request):
        """The upcoming events, as a calendar to subscribe to."""
        events = upcoming(for_visitors(EventPage.objects.child_of(self)), timezone.now())
        name = f"{self.title} – {gettext('Research, Lille School of Medicine')}"
        return calendar_response(calendar_file(request, events, name), "agenda.ics")


class EventPage(RoutablePageMixin, BasePage):
    """An event: when (Paris time), where, how to attend, and how to register."""

    start = models.DateTimeField(_("start"), help_text=_("Date and time, Paris time."))
    end = models.DateTimeField(_("end"), help_text=_("Date and time, Paris time."))
    place = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_("Room, building and address, as a visitor looks for them."),
    )
    attendance = models.CharField(
        _("attendance"), max_length=16, choices=Attendance.choices, default=Attendance.ON_SITE
    )
    registration_url = models.URLField(_("registration link"), blank=True)

    content_panels = [
        *BasePage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("attendance"),
                FieldPanel("place"),
                FieldPanel("registration_url"),
            ],
            heading=_("When and where"),
        ),
        *BasePage.content_panels[2:],
    ]
    # Dates, how to attend and the registration link are facts, the same in every language; a
    # translator may point English readers at an English registration form.
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("attendance", overridable=False),
        TranslatableField("place"),
        SynchronizedField("registration_url"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("place")]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must come after the start.")})

    def is_past(self, now=None):
        return self.end <= (now or timezone.now())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["past"] = self.is_past()
        return context

    def changes_at(self, request):
        return None if self.is_past() else self.end

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        store_until(response, self.changes_at(request))
        return response

    @path(pgettext_lazy("address", "calendar/"), name="calendar")
    def calendar(self, request):
        """The event alone, as a file to add to a calendar."""
        content = calendar_file(request, [self], self.title)
        return calendar_response(content, f"{self.slug}.ics", as_attachment=True)

    def structured_data(self, context):
        event = describe(self, context["request"], "Event")
        event["startDate"] = timezone.localtime(self.start).isoformat()
        event["endDate"] = timezone.localtime(self.end).isoformat()
        modes = {
            Attendance.ON_SITE: "OfflineEventAttendanceMode",
            Attendance.ONLINE: "OnlineEventAttendanceMode",
            Attendance.MIXED: "MixedEventAttendanceMode",
        }
        event["eventAttendanceMode"] = f"https://schema.org/{modes[self.attendance]}"
        event["eventStatus"] = "https://schema.org/EventScheduled"
        locations = []
        if self.place and self.attendance != Attendance.ONLINE:
            locations.append({"@type": "Place", "name": self.place, "address": self.place})
        if self.attendance != Attendance.ON_SITE:
            url = self.registration_url or event["url"]
            locations.append({"@type": "VirtualLocation", "url": url})
        if locations:
            event["location"] = locations[0] if len(locations) == 1 else locations
        if self.registration_url:
            event["offers"] = {"@type": "Offer", "url": self.registration_url}
        return event


def calendar_response(content, filename, as_attachment=False):
    """An iCalendar file: a calendar application subscribes to it, or opens it to add the
    event (as_attachment, so that a browser hands it over rather than showing it)."""
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    return response
