"""Where each French page stands in each other language: missing, in progress, out of date,
awaiting publication or up to date.

A status is worked out for every pair (source page, target language) from a fixed number of
queries, whatever the number of pages: the source pages, the pages in the other languages,
and the enabled wagtail-localize translations with their segment counts and last save
annotated. The report and the dashboard panel both read it: the report for the pages of the
page it shows (all of them only when filtered by state, which is known once worked out), the
dashboard for all, to count them.

The states, in the order they are decided:

- missing: the target language has no page of its own for it; an alias is an untranslated
  copy of the French page (wagtail-localize makes one for each new page), so it counts as
  missing too.
- out of date, source changed: the French page was published after wagtail-localize last
  extracted its content (`TranslationSource.last_updated_at`, set when the page is submitted
  or synchronised). Drafts do not count: wagtail-localize extracts the published content.
  The date shown is that publication. This comes first, because the segments the translator
  sees are those of the old content until someone synchronises.
- in progress: not every segment of the extracted content is translated; the percentage is
  of segments, as wagtail-localize counts them (`Translation.get_progress`).
- out of date, not saved: every segment is translated, but the translation was last saved to
  the target page (`TranslationLog`) before the content was last extracted (a
  synchronisation without "publish translations"), so the page still shows the old text.
  The date shown is that extraction.
- awaiting publication: every segment is translated, but visitors do not read it yet: the
  target page is offline (a translation started from an alias), has a draft waiting (a
  translation submitted for moderation), or a segment was translated after the page was
  last published (edits in the translation editor not yet submitted).
- up to date: everything else with a translation: all segments translated, saved and
  published since.

A target page without an enabled translation (its synchronisation was stopped, so it is
edited by hand) has no segments to count: it is out of date when the French page was
published after the target page's latest revision, awaiting publication while it is offline
or has a draft, up to date otherwise.

Each row offers its next step to whoever may take it (`row_actions`): start translating the
alias, continue translating, update the translation, or edit it. Who may is read from the
user's page rights, fetched once, so that the report asks nothing more for each row.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog

from wording.glossary import terms_to_check

from .history import latest_events


class State(models.TextChoices):
    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in_progress", _("In progress")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    AWAITING_PUBLICATION = "awaiting_publication", _("Awaiting publication")
    UP_TO_DATE = "up_to_date", _("Up to date")


# What each state means, shown above the report for translators and editors.
STATE_DESCRIPTIONS = {
    State.MISSING: _("No translation yet, or only an alias of the French page."),
    State.IN_PROGRESS: _("Some strings are still to be translated."),
    State.OUT_OF_DATE: _(
        "The French page changed (on the date shown) since the translation was last "
        "synchronised or saved."
    ),
    State.AWAITING_PUBLICATION: _(
        "Translated, not yet published: to submit for moderation, or waiting for a moderator."
    ),
    State.UP_TO_DATE: _("Translated and published since the French page last changed."),
}


@dataclass
class SourcePage:
    """A French page as the report reads it: only what it shows and decides by, since it reads
    thousands at once (a Page would take most of the time to build)."""

    pk: int
    translation_key: str
    path: str
    title: str
    draft_title: str
    live: bool
    last_published_at: datetime | None

    FIELDS = ["pk", "translation_key", "path", "title", "draft_title", "live", "last_published_at"]

    @property
    def id(self):
        return self.pk

    def get_admin_display_title(self):
        return self.draft_title or self.title  # as Page's


@dataclass
class PageStatus:
    """One French page in one other language."""

    page: SourcePage
    locale: Locale
    state: str
    target_id: int | None = None
    target_path: str | None = None
    alias_id: int | None = None
    alias_path: str | None = None
    synced: bool = False
    in_moderation: bool = False
    percent: int | None = None
    source_changed_at: datetime | None = None

    @property
    def state_label(self):
        return State(self.state).label


def source_locale():
    """French, the language every page is written in first."""
    return Locale.get_default()


def target_locales(source=None):
    source = source or source_locale()
    return list(Locale.objects.exclude(pk=source.pk).order_by("language_code"))


def _count(queryset):
    """A subquery counting the rows of `queryset` (0 when there are none)."""
    counted = queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


def _translations(source, locales, keys):
    """The enabled translations of the pages `keys` into `locales`, with their progress and the
    date they were last saved to their target page, in one query."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("target_locale_id")),
                has_error=False,
            )
        )
    )
    last_saved = TranslationLog.objects.filter(
        source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
    ).order_by("-created_at")
    last_edited = (
        StringTranslation.objects.filter(
            locale_id=OuterRef("target_locale_id"),
            context__object_id=OuterRef("source__object_id"),
        )
        .order_by("-updated_at")
        .values("updated_at")[:1]
    )
    return (
        Translation.objects.filter(
            enabled=True,
            source__locale=source,
            source__object_id__in=keys,
            target_locale__in=locales,
        )
        .annotate(
            total=_count(segments),
            done=_count(translated),
            saved_at=Subquery(last_saved.values("created_at")[:1]),
            edited_at=Subquery(last_edited),
        )
        .values(
            "source__object_id",
            "source__last_updated_at",
            "target_locale_id",
            "total",
            "done",
            "saved_at",
            "edited_at",
        )
    )


@dataclass
class Target:
    """The page a translation is saved to, as far as its state needs it."""

    id: int
    path: str
    revised_at: datetime | None
    live: bool
    has_draft: bool
    published_at: datetime | None
    in_moderation: bool

    def unpublished(self, edited_at=None):
        """Whether visitors do not read its latest content (or a translation of `edited_at`)."""
        return (
            not self.live
            or self.has_draft
            or bool(edited_at and (self.published_at is None or edited_at > self.published_at))
        )


def _status(page, locale, target, alias, translation):
    status = PageStatus(page=page, locale=locale, state=State.UP_TO_DATE)
    if target is None:
        status.state = State.MISSING
        status.alias_id, status.alias_path = alias or (None, None)
        return status
    status.target_id, status.target_path = target.id, target.path
    status.in_moderation = target.in_moderation
    published_at = page.last_published_at
    if translation is None:
        if published_at and target.revised_at and published_at > target.revised_at:
            status.state = State.OUT_OF_DATE
            status.source_changed_at = published_at
        elif target.unpublished():
            status.state = State.AWAITING_PUBLICATION
        return status
    status.synced = True
    extracted_at = translation["source__last_updated_at"]
    total, done = translation["total"], translation["done"]
    saved_at = translation["saved_at"]
    if published_at and published_at > extracted_at:
        status.state = State.OUT_OF_DATE
        status.source_changed_at = published_at
    elif done < total:
        status.state = State.IN_PROGRESS
        # Rounded down, so that a translation is never shown as 100% while a string is left.
        status.percent = done * 100 // total
    elif saved_at is None or saved_at < extracted_at:
        status.state = State.OUT_OF_DATE
        status.source_changed_at = extracted_at
    elif target.unpublished(translation["edited_at"]):
        status.state = State.AWAITING_PUBLICATION
    return status


def french_pages(source=None):
    """The pages the report lists: every French page but the root and aliases."""
    source = source or source_locale()
    return Page.objects.filter(locale=source, depth__gt=1, alias_of__isnull=True)


def page_statuses(locales=None, translation_key=None, pages=None):
    """Each of `pages` (a queryset; default: every French page, in tree order; only the one of
    `translation_key` when given) in each of `locales` (default: every language but French),
    in the order of the pages then of the languages."""
    source = source_locale()
    locales = target_locales(source) if locales is None else list(locales)
    if not locales:
        return []
    if pages is None:
        pages = french_pages(source).order_by("path")
        if translation_key:
            pages = pages.filter(translation_key=translation_key)
    pages = [SourcePage(*row) for row in pages.values_list(*SourcePage.FIELDS)]
    keys = [page.translation_key for page in pages]
    targets, aliases = {}, {}
    in_moderation = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=models.CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    for key, locale_id, alias_of_id, *fields in (
        Page.objects.filter(locale__in=locales, translation_key__in=keys)
        .annotate(in_moderation=Exists(in_moderation))
        .values_list(
            "translation_key",
            "locale_id",
            "alias_of_id",
            "id",
            "path",
            "latest_revision_created_at",
            "live",
            "has_unpublished_changes",
            "last_published_at",
            "in_moderation",
        )
    ):
        if alias_of_id:
            aliases[key, locale_id] = tuple(fields[:2])
        else:
            targets[key, locale_id] = Target(*fields)
    translations = {
        (row["source__object_id"], row["target_locale_id"]): row
        for row in _translations(source, locales, keys)
    }
    return [
        _status(
            page,
            locale,
            targets.get((page.translation_key, locale.pk)),
            aliases.get((page.translation_key, locale.pk)),
            translations.get((page.translation_key, locale.pk)),
        )
        for page in pages
        for locale in locales
    ]


class PageRights:
    """Where `user` may change pages, from their groups' page permissions (read once, and kept
    by Wagtail on the user for the request)."""

    def __init__(self, user):
        self.everywhere = user.is_superuser
        self.paths = [
            permission.page.path
            for permission in PagePermissionPolicy().get_cached_permissions_for_user(user)
            if permission.permission.codename == "change_page"
        ]

    def may_change(self, path):
        return bool(path) and (self.everywhere or path.startswith(tuple(self.paths)))


def listed_pages(pages, user):
    """The French `pages` that `user` may see: a page never published is listed only to those
    who may change it (its title is a draft's)."""
    rights = PageRights(user)
    if rights.everywhere:
        return pages
    listed = Q(live=True) | Q(first_published_at__isnull=False)
    for path in rights.paths:
        listed |= Q(path__startswith=path)
    return pages.filter(listed)


@dataclass
class Row:
    """A status as one user sees it: the French page's title (a draft's only for those who may
    change it), whether they may open it, and their next step with the translation."""

    status: PageStatus
    title: str
    may_open_source: bool
    action: tuple | None  # (label, url)
    glossary_terms: list  # terms its English should use and does not (glossary.py)
    history: list  # the latest event of each kind on the translated page (history.py)


def next_step(status, rights):
    """(label, url) of the next step with the translation that `rights` allow, or None."""
    if status.state == State.MISSING:
        if status.page.live and rights.may_change(status.alias_path):
            return _("Start translation"), reverse("translations_start", args=[status.alias_id])
        return None
    if not rights.may_change(status.target_path):
        return None
    if status.state == State.IN_PROGRESS:
        label, url_name = _("Continue translating"), "wagtailadmin_pages:edit"
    elif status.state == State.OUT_OF_DATE and status.synced:
        label, url_name = _("Update translation"), "translations_update"
    elif status.state == State.AWAITING_PUBLICATION and status.synced and not status.in_moderation:
        label, url_name = _("Submit for moderation"), "translations_submit_for_moderation"
    else:
        label, url_name = _("Edit"), "wagtailadmin_pages:edit"
    return label, reverse(url_name, args=[status.target_id])


def row_actions(statuses, user):
    rights = PageRights(user)
    to_check = terms_to_check(
        [status.page.translation_key for status in statuses if status.synced],
        {status.locale for status in statuses if status.synced},
    )
    events = latest_events([status.target_id for status in statuses if status.target_id])
    rows = []
    for status in statuses:
        may_open = rights.may_change(status.page.path)
        title = status.page.get_admin_display_title() if may_open else status.page.title
        terms = to_check.get((status.page.translation_key, status.locale.pk), [])
        history = events.get(status.target_id, [])
        rows.append(Row(status, title, may_open, next_step(status, rights), terms, history))
    return rows


@dataclass
class LocaleSummary:
    """How many pages are in each state in one language, for the dashboard."""

    locale: Locale
    counts: dict
    total: int

    @property
    def up_to_date(self):
        return self.counts[State.UP_TO_DATE]

    def states(self):
        """(state, label, count) for each state, in the order of `State`."""
        return [(state.value, state.label, self.counts[state]) for state in State]


def summaries(statuses):
    """One LocaleSummary per language, in the order the statuses list them."""
    counts = {}
    for status in statuses:
        counts.setdefault(status.locale, Counter())[status.state] += 1
    return [
        LocaleSummary(locale=locale, counts=counter, total=sum(counter.values()))
        for locale, counter in counts.items()
    ]
