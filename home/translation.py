"""Translating pages and snippets through wagtail-localize from code (the demo loader, tests)."""

from django.db import transaction
from wagtail.models import DraftStateMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingTranslation(KeyError):
    """A source string has no entry in the translations given."""


@transaction.atomic
def translate(instance, locale, translations, *, user=None, publish=True):
    """Translate `instance` into `locale` with wagtail-localize, as a translator would.

    `translations` maps every source string of the instance (as wagtail-localize segments it)
    to its translation. The result is a real wagtail-localize translation: the translation
    editor shows it fully translated, and a later change of the source shows as out of date.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        try:
            data = translations[text] if text.strip() else text
        except KeyError:
            raise MissingTranslation(text) from None
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    # wagtail-localize publishes on commit; publishing here makes the result the same inside
    # a surrounding transaction (a test, the demo loader) as outside one.
    is_draftable = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=not is_draftable)
    target = instance.get_translation(locale)
    if publish and is_draftable:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
