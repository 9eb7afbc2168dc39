"""Translation memory: the English a French string, or one much like it, already has
elsewhere on the site.

wagtail-localize stores each distinct French text once (`String`), and each translation of it
once per place it is used (`StringTranslation`, per `TranslationContext`). A segment still to
translate is offered:

- an exact match: the English its very string has anywhere else, on a page or a snippet; the
  look-up is by string id;
- else a similar match: the English of the most similar French string translated before, if
  they are at least 75% alike by PostgreSQL's trigram similarity (pg_trgm: the trigrams the two
  texts share over all the trigrams of either); a trigram index on the strings' text
  (migration 0002) gives the nearest first, so this is a look-up too. PostgreSQL only: on
  SQLite, exact matches alone.

Each comes with the title of where it was written. An exact match is taken as it is, one at a
time or all at once; a similar one is taken marked for the translator to check, as a string
whose French changed is after an update (updating.py). Both look-ups are one query each for
all the segments of a page, whatever the size of the memory.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.postgres.search import TrigramDistance, TrigramSimilarity
from django.db import connection, transaction
from django.db.models import Exists, FloatField, OuterRef, Subquery, Value
from django.db.models.functions import JSONObject
from django.shortcuts import redirect
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslationSource,
)

from .limits import SourceLimits, TranslationTooLong
from .views import TranslatedPageMixin

SIMILAR_ENOUGH = 0.75

SIMILAR_MESSAGE = _(
    "Taken from the translation of a similar French text: check the English, then save it."
)


@dataclass
class Suggestion:
    segment: StringSegment
    english: str
    found_in: str  # the title of the page or snippet the English was written for
    similarity: float
    french: str  # the French the English was written for

    @property
    def exact(self):
        return self.french == self.segment.string.data

    @property
    def percent(self):
        # Rounded down, and never 100 for a text that differs (trigrams ignore case and
        # punctuation).
        return 100 if self.exact else min(int(self.similarity * 100), 99)


def untranslated_segments(translation):
    """The translation's string segments that have no English yet, in page order."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
    )
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(Exists(translated))
        .select_related("string", "context")
        .order_by("order")
    )


def found_in():
    """The title of the page or snippet a StringTranslation row was written for."""
    sources = TranslationSource.objects.filter(object_id=OuterRef("context__object_id"))
    return Subquery(sources.order_by("-last_updated_at").values("object_repr")[:1])


def usable(translations, locale_id):
    return translations.filter(locale_id=locale_id, has_error=False).exclude(data="")


def first_matches(string_ids, candidates):
    """{string id: {english, found_in, similarity, french}}: for each string, the first of
    `candidates` (StringTranslation rows, filtered by the string as OuterRef), in one query."""
    first = candidates.values(
        match=JSONObject(
            english="data",
            found_in=found_in(),
            similarity="similarity",
            french="translation_of__data",
        )
    )[:1]
    rows = String.objects.filter(pk__in=string_ids).annotate(match=Subquery(first))
    # Strings without a match are dropped here: filtering in SQL would run the subquery twice.
    return {string_id: match for string_id, match in rows.values_list("pk", "match") if match}


def earlier_translations(string_ids, locale_id):
    """The latest checked translation of each string into the locale."""
    latest = (
        usable(StringTranslation.objects.filter(translation_of_id=OuterRef("pk")), locale_id)
        .annotate(similarity=Value(1.0, output_field=FloatField()))
        .order_by("-updated_at")
    )
    return first_matches(string_ids, latest)


def similar_translations(string_ids, locale_id):
    """For each string, the translation of the most similar other string at least
    SIMILAR_ENOUGH alike (and one query more, to set the threshold the index serves)."""
    if not string_ids or connection.vendor != "postgresql":
        return {}
    # The nearest other string with a usable translation, nearest first by trigram distance
    # (1 - similarity): the order the index gives, so the scan stops at the first such string.
    of_the_string = StringTranslation.objects.filter(translation_of_id=OuterRef("pk"))
    translated = usable(of_the_string, locale_id)
    nearest = (
        String.objects.filter(
            locale_id=OuterRef(OuterRef("locale_id")),
            data__trigram_similar=OuterRef(OuterRef("data")),
        )
        .exclude(pk=OuterRef(OuterRef("pk")))
        .filter(Exists(translated))
        .annotate(distance=TrigramDistance("data", OuterRef(OuterRef("data"))))
        .order_by("distance")
        .values("pk")[:1]
    )
    closest = (
        usable(StringTranslation.objects.filter(translation_of_id=Subquery(nearest)), locale_id)
        .annotate(similarity=TrigramSimilarity("translation_of__data", OuterRef("data")))
        .order_by("-updated_at")
    )
    with transaction.atomic(), connection.cursor() as cursor:
        # What `trigram_similar` (the % operator) counts as similar, for this transaction.
        cursor.execute(
            "SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(SIMILAR_ENOUGH)]
        )
        return first_matches(string_ids, closest)


def suggestions(translation):
    """(segments still to translate, [Suggestion] for those the memory can fill: exact
    matches, else similar ones)."""
    segments = list(untranslated_segments(translation))
    locale_id = translation.target_locale_id
    exact = earlier_translations({segment.string_id for segment in segments}, locale_id)
    similar = similar_translations(
        {segment.string_id for segment in segments if segment.string_id not in exact}, locale_id
    )
    offered = []
    for segment in segments:
        if match := exact.get(segment.string_id) or similar.get(segment.string_id):
            offered.append(Suggestion(segment, **match))
    return segments, offered


@transaction.atomic
def use(translation, chosen, user):
    """Save the English of each of the `chosen` suggestions as the translator's own, a
    similar match marked for them to check.

    Every length is checked first (limits.py), the source's content read once: a suggestion
    too long for its field raises TranslationTooLong, and none of `chosen` is kept. Then all
    are saved in one insert.
    """
    taken = [
        StringTranslation(
            translation_of=suggestion.segment.string,
            context=suggestion.segment.context,
            locale_id=translation.target_locale_id,
            data=suggestion.english,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=user,
            has_error=not suggestion.exact,
            field_error="" if suggestion.exact else str(SIMILAR_MESSAGE),
        )
        for suggestion in chosen
    ]
    limits = SourceLimits(translation.source)
    for string_translation in taken:
        limits.check(string_translation)
    StringTranslation.objects.bulk_create(taken)
    # What wagtail-localize does when a title is saved one at a time, skipped by an insert in
    # bulk: the page's draft title follows its translation.
    for string_translation in taken:
        if string_translation.context.path == "title":
            Page.objects.filter(
                translation_key=translation.source.object_id,
                locale_id=translation.target_locale_id,
            ).update(draft_title=string_translation.data)


class TranslationMemoryView(TranslatedPageMixin, WagtailAdminTemplateMixin, TemplateView):
    """A page's translation: its strings still to translate that the memory can fill, each
    with its earlier English to use, one at a time or all at once. Whoever may edit the
    translation: its language's translators, Moderators."""

    template_name = "translations/translation_memory.html"
    page_title = _("Translation memory")
    header_icon = "history"

    def get_context_data(self, **kwargs):
        segments, offered = suggestions(self.translation)
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            "exact": [suggestion for suggestion in offered if suggestion.exact],
            "similar": [suggestion for suggestion in offered if not suggestion.exact],
            "left_to_translate": len(segments) - len(offered),
        }

    def post(self, request, page_id):
        _segments, offered = suggestions(self.translation)
        if "segment" in request.POST:  # one "Use" button, else "Use all exact matches"
            offered = [s for s in offered if str(s.segment.id) == request.POST["segment"]]
        else:
            offered = [s for s in offered if s.exact]
        try:
            use(self.translation, offered, request.user)
        except TranslationTooLong as refusal:
            messages.error(
                request,
                _("“%(source)s” was not translated: %(limit)s")
                % {
                    "source": Truncator(refusal.source_text).chars(60),
                    "limit": refusal.messages[0],
                },
            )
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)d string translated from the memory.",
                    "%(count)d strings translated from the memory.",
                    len(offered),
                )
                % {"count": len(offered)},
            )
        return redirect("translations_memory", self.page.id)
