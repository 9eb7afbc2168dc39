"""The history of a translation: who translated it, brought it up to date, submitted, approved
and published it, when, and from which version of the French.

Wagtail logs submissions, approvals and publications itself; wagtail-localize saves each
English revision it makes from the French without a log entry. Two entries of the site's own
fill that gap, on the translated page's history, each naming the French version it was made
from (the French page's publication that was current when its content was last extracted):

- "Translated": wagtail-localize made a revision of the English page from the translation
  (the translation editor, a PO file, the memory's strings once saved, the demo);
- "Brought up to date": the French page's content was extracted again for an English page
  that already exists (a translator's "Update translation", wagtail-localize's sync).

The user is the revision's, else the one of the admin request (Wagtail's log context). The
status report shows the latest entry of each kind for each page it lists, in one query.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

TRANSLATED = "translations.translated"
UPDATED = "translations.updated"
# Each kind of event of a translation's history, in the order they happen.
EVENTS = {
    TRANSLATED: gettext_lazy("Translated"),
    UPDATED: gettext_lazy("Brought up to date"),
    "wagtail.workflow.start": gettext_lazy("Submitted"),
    "wagtail.workflow.approve": gettext_lazy("Approved"),
    "wagtail.publish": gettext_lazy("Published"),
}


def french_version(source):
    """{"id", "published_at"} of the French page's publication that was current when
    `source` was last extracted, or None if it was never logged."""
    french = Page.objects.filter(translation_key=source.object_id, locale_id=source.locale_id)
    published = (
        PageLogEntry.objects.filter(
            page_id=Subquery(french.values("pk")[:1]),
            action="wagtail.publish",
            timestamp__lte=source.last_updated_at,
        )
        .order_by("-timestamp")
        .values("revision_id", "timestamp")
        .first()
    )
    if published is None:
        return None
    return {
        "revision": published["revision_id"],
        "published_at": published["timestamp"].isoformat(),
    }


def written_date(value):
    return formats.date_format(timezone.localtime(parse_datetime(value)), "DATETIME_FORMAT")


class FromFrenchFormatter(LogFormatter):
    """An event that made the English page from a version of the French."""

    with_version = ""
    without_version = ""

    def format_message(self, log_entry):
        french = log_entry.data.get("french")
        if not french:
            return self.without_version
        return self.with_version % {"date": written_date(french["published_at"])}


@hooks.register("register_log_actions")
def register_translation_events(actions):
    @actions.register_action(TRANSLATED)
    class Translated(FromFrenchFormatter):
        label = EVENTS[TRANSLATED]
        with_version = gettext_lazy("Translated from the French version published on %(date)s")
        without_version = gettext_lazy("Translated from the French page")

    @actions.register_action(UPDATED)
    class Updated(FromFrenchFormatter):
        label = EVENTS[UPDATED]
        with_version = gettext_lazy(
            "Brought up to date with the French version published on %(date)s"
        )
        without_version = gettext_lazy("Brought up to date with the French page")


@receiver(post_save, sender=TranslationLog)
def log_a_translated_revision(sender, instance, created, raw, **kwargs):
    revision = instance.revision
    if not created or raw or revision is None:
        return
    target = revision.content_object
    if isinstance(target, Page):
        data = {"french": french_version(instance.source)}
        log(target, TRANSLATED, user=revision.user, revision=revision, data=data)


@receiver(post_save, sender=TranslationSource)
def log_an_update(sender, instance, created, raw, **kwargs):
    """The French extracted again: each English page already made from it is now to follow
    that version (pages not yet translated, aliases, have nothing to log)."""
    if created or raw:
        return
    translated = Translation.objects.filter(source=instance, enabled=True)
    targets = Page.objects.filter(
        translation_key=instance.object_id,
        locale_id__in=translated.values("target_locale_id"),
        alias_of__isnull=True,
    )
    data = {"french": french_version(instance)}
    for target in targets:
        log(target, UPDATED, data=data)


@dataclass
class Event:
    """One kind of event of a translation's history, its latest occurrence."""

    label: str
    by: str
    at: datetime
    french: str | None  # the date of the French version it was made from, when it names one


def latest_events(page_ids):
    """{page id: [Event]}: the latest entry of each kind of EVENTS on each page, in the order
    of EVENTS, in one query."""
    latest = (
        PageLogEntry.objects.filter(page_id=OuterRef("page_id"), action=OuterRef("action"))
        .order_by("-timestamp", "-pk")
        .values("pk")[:1]
    )
    entries = (
        PageLogEntry.objects.filter(page_id__in=page_ids, action__in=EVENTS)
        .filter(pk=Subquery(latest))
        .select_related("user")
    )
    events = {}
    for entry in sorted(entries, key=lambda entry: list(EVENTS).index(entry.action)):
        french = entry.data.get("french") if entry.action in (TRANSLATED, UPDATED) else None
        events.setdefault(entry.page_id, []).append(
            Event(
                label=EVENTS[entry.action],
                by=entry.user_display_name,
                at=entry.timestamp,
                french=written_date(french["published_at"]) if french else None,
            )
        )
    return events
