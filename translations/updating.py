"""Translators bring a translation up to date with the French page, keeping their English.

wagtail-localize's "Sync translated pages" asks for "Can submit translations" and gives each
changed string an empty segment. Here, whoever may edit the translation re-extracts the French
as it is published; each changed string is offered with the English it had, marked so that the
translator checks it. A marked string is not used when the page is saved (the French shows
there until the translator saves the segment), and the status report counts it as still to
translate.
"""

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .translating import save_draft

CHANGED_MESSAGE = _(
    "The French changed since this was translated: check the English, then save it."
)


def translation_for(page):
    """The enabled wagtail-localize translation whose target is `page`, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def source_changed(translation):
    """Whether the source page was published after its content was last extracted."""
    published_at = translation.source.get_source_instance().last_published_at
    return bool(published_at and published_at > translation.source.last_updated_at)


def previous_translations(translation):
    """{context id: the translation of the string each segment had there} for `translation`'s
    current segments: read before the source is extracted again."""
    segments = StringSegment.objects.filter(
        source=translation.source,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    return dict(
        StringTranslation.objects.filter(
            Exists(segments), locale_id=translation.target_locale_id, has_error=False
        ).values_list("context_id", "data")
    )


def offer_previous_translations(translation, previous, user):
    """After the source was extracted again: each segment whose string changed is offered
    the translation it had (`previous`), marked for the translator to check."""
    for segment in StringSegment.objects.filter(
        source=translation.source, context_id__in=previous.keys()
    ):
        StringTranslation.objects.get_or_create(
            translation_of_id=segment.string_id,
            locale_id=translation.target_locale_id,
            context_id=segment.context_id,
            defaults={
                "data": previous[segment.context_id],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
                "has_error": True,
                "field_error": str(CHANGED_MESSAGE),
            },
        )


@transaction.atomic
def update_translation(translation, user):
    """Extract the published source again and save the target as a draft revision, with the
    previous translation offered, and marked, for each string that changed."""
    previous = previous_translations(translation)
    translation.source.update_from_db()
    offer_previous_translations(translation, previous, user)
    save_draft(translation, user=user)
