"""Translating pages through wagtail-localize from code (the demo loader, tests)."""

from django.db import transaction
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingTranslation(KeyError):
    """A source string has no entry in the translations given."""


@transaction.atomic
def translate_page(page, locale, translations, *, user=None, publish=True):
    """Translate `page` into `locale` with wagtail-localize, as a translator would in its editor.

    `translations` maps every source string of the page (as wagtail-localize segments it) to
    its translation. The result is a real wagtail-localize translation: the translation
    editor shows it fully translated, and a later change of the source shows as out of date.
    """
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        try:
            data = translations[segment.string.data]
        except KeyError:
            raise MissingTranslation(segment.string.data) from None
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
    translation.save_target(user=user, publish=False)
    target = page.get_translation(locale)
    if publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
