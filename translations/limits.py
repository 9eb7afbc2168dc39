"""Length limits of translated fields, checked before wagtail-localize stores a translation.

A translated page title longer than its column would reach the database twice unchecked:
wagtail-localize copies every saved title segment into `Page.draft_title` (a varchar(255))
as soon as it is saved, from the translation editor or from a PO file. PostgreSQL then
refuses it and the translator gets a server error. Checking the length first turns that
into a message about the field.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from wagtail_localize.models import TranslationSource


def field_limit(model, path):
    """The max_length of the model field a segment translates, when it is a plain field."""
    try:
        field = model._meta.get_field(path)
    except FieldDoesNotExist:
        return None  # a StreamField block or a child object: validated where it is saved
    return getattr(field, "max_length", None)


def translated_model(context):
    source = (
        TranslationSource.objects.filter(object_id=context.object_id)
        .select_related("specific_content_type")
        .first()
    )
    content_type = source.specific_content_type if source else context.object.content_type
    return content_type.model_class()


def too_long_message(limit, length):
    return _(
        "This field takes at most %(limit)d characters (this translation has %(length)d)."
    ) % {
        "limit": limit,
        "length": length,
    }


class TranslationTooLong(ValidationError):
    """A 400 answer from wagtail-localize's editor API, which speaks Django REST framework."""


def check_length(string_translation):
    limit = field_limit(
        translated_model(string_translation.context), string_translation.context.path
    )
    if limit and len(string_translation.data) > limit:
        raise TranslationTooLong(
            {"value": [too_long_message(limit, len(string_translation.data))]}
        )
