"""Translating pages and snippets through wagtail-localize from code: `translate` for the demo
loader and tests, `save_draft` for the translators' own screens (updating, submitting)."""

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from wagtail.models import DraftStateMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
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
    is_draftable = isinstance(instance, DraftStateMixin)
    if not publish and is_draftable:
        save_draft(translation, user=user)
        return instance.get_translation(locale)
    # wagtail-localize publishes on commit; publishing here makes the result the same inside
    # a surrounding transaction (a test, the demo loader) as outside one.
    translation.save_target(user=user, publish=not is_draftable)
    target = instance.get_translation(locale)
    if is_draftable:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


@transaction.atomic
def save_draft(translation, user=None):
    """Save `translation` as a new draft revision of its target, the target left as visitors
    see it.

    wagtail-localize saves a draft by writing it into the page first, so onto the live site,
    and takes a live snippet offline (wagtail-localize#655). For a live target the draft is
    written, read back as revision content, and undone; the record of the save that the undo
    takes with it is made again, so that the translation counts as saved since its source was
    last extracted.
    """
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None
    if target is None or not target.live or getattr(target, "alias_of_id", None):
        translation.save_target(user=user, publish=False)
        return
    savepoint = transaction.savepoint()
    translation.save_target(user=user, publish=False)
    content = type(target).objects.get(pk=target.pk).get_latest_revision().content
    transaction.savepoint_rollback(savepoint)
    revision = target.with_content_json(content).save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
