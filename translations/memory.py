"""Translation memory: the English a French string already has elsewhere on the site.

wagtail-localize stores each distinct French text once (`String`), and each translation of it
once per place it is used (`StringTranslation`, per `TranslationContext`). A segment still to
translate whose string was translated anywhere else, on a page or a snippet, is offered that
English, with the title of where it comes from; the translator takes it, or every such offer
of the translation at once. The look-up is by string id, so by index: its cost does not grow
with the size of the memory nor with the number of segments.

Exact matches only. Similar French (75% or more alike) is left for a PostgreSQL trigram
index on the strings' text.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.db import transaction
from django.db.models import Exists, OuterRef, Subquery
from django.shortcuts import redirect
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from .limits import TranslationTooLong
from .views import TranslatedPageMixin


@dataclass
class Suggestion:
    segment: StringSegment
    english: str
    found_in: str  # the title of the page or snippet the English was written for


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


def earlier_translations(string_ids, locale_id):
    """{string id: (English, title of where it was written)}: the latest checked translation
    of each string into the locale, in one query."""
    found_in = TranslationSource.objects.filter(object_id=OuterRef("context__object_id"))
    rows = (
        StringTranslation.objects.filter(
            translation_of_id__in=string_ids, locale_id=locale_id, has_error=False
        )
        .exclude(data="")
        .annotate(
            found_in=Subquery(found_in.order_by("-last_updated_at").values("object_repr")[:1])
        )
        .order_by("translation_of_id", "-updated_at")
        .distinct("translation_of_id")
        .values_list("translation_of_id", "data", "found_in")
    )
    return {string_id: (data, title) for string_id, data, title in rows}


def suggestions(translation):
    """(segments still to translate, [Suggestion] for those the memory can fill)."""
    segments = list(untranslated_segments(translation))
    memory = earlier_translations(
        {segment.string_id for segment in segments}, translation.target_locale_id
    )
    return segments, [
        Suggestion(segment, *memory[segment.string_id])
        for segment in segments
        if segment.string_id in memory
    ]


@transaction.atomic
def use(translation, chosen, user):
    """Save the English of each of the `chosen` suggestions as the translator's own.

    Each is saved through `StringTranslation.save`, so the length check of signals.py runs: a
    suggestion too long for its field raises TranslationTooLong, and none of `chosen` is kept.
    """
    for suggestion in chosen:
        StringTranslation.objects.create(
            translation_of=suggestion.segment.string,
            context=suggestion.segment.context,
            locale_id=translation.target_locale_id,
            data=suggestion.english,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=user,
        )


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
            "suggestions": offered,
            "left_to_translate": len(segments) - len(offered),
        }

    def post(self, request, page_id):
        _segments, offered = suggestions(self.translation)
        if "segment" in request.POST:  # one "Use" button, else "Use all exact matches"
            offered = [s for s in offered if str(s.segment.id) == request.POST["segment"]]
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
