"""Length limits of translated fields, checked before wagtail-localize stores a translation.

A translated page title longer than its column would reach the database twice unchecked:
wagtail-localize copies every saved title segment into `Page.draft_title` (a varchar(255))
as soon as it is saved, from the translation editor or from a PO file. PostgreSQL then
refuses it and the translator gets a server error. Text blocks and the fields of child
objects (menu links) have limits too, which nothing checks when wagtail-localize saves the
translation. Checking the length first turns each into a message about the field.
"""

from functools import cached_property

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.edit_translation import edit_string_translation, machine_translate


def model_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def block_limit(value, path):
    """The max_length of the text block a StreamField segment path ("<block id>.text",
    "<block id>.figures.<item id>.label") ends at, walking the source's content."""
    block = None
    for part in path:
        if isinstance(value, StructValue):
            block, value = value.block.child_blocks.get(part), value.get(part)
            continue
        children = value.bound_blocks if isinstance(value, ListValue) else value
        if not isinstance(value, ListValue | StreamValue):
            return None
        child = next((child for child in children if child.id == part), None)
        if child is None:
            return None
        block, value = child.block, child.value
    return getattr(getattr(block, "field", None), "max_length", None)


class SourceLimits:
    """The length limits of the segments of one translation source, its content built once
    however many segments are checked."""

    def __init__(self, source):
        self.source = source

    @cached_property
    def content(self):
        return self.source.as_instance()

    def of(self, path):
        """The max_length of what a segment translates: a field ("title"), a field of a child
        object ("items.<key>.label") or a text block of a StreamField ("body.<id>.text")."""
        name, _dot, rest = path.partition(".")
        field = model_field(self.source.specific_content_type.model_class(), name)
        if field is None:
            return None
        if not rest:
            return getattr(field, "max_length", None)
        if isinstance(field, StreamField):
            return block_limit(getattr(self.content, name), rest.split("."))
        if field.one_to_many:
            _key, _dot, child_path = rest.partition(".")
            return getattr(model_field(field.related_model, child_path), "max_length", None)
        return None

    def check(self, string_translation):
        """Refuse `string_translation` if it is longer than its segment's field."""
        limit = self.of(string_translation.context.path)
        if limit and len(string_translation.data) > limit:
            source_text = string_translation.translation_of.data
            raise TranslationTooLong(source_text, limit, len(string_translation.data))


def too_long_message(limit, length):
    return _(
        "This field takes at most %(limit)d characters (this translation has %(length)d)."
    ) % {
        "limit": limit,
        "length": length,
    }


class TranslationTooLong(ValidationError):
    """A translation longer than its field, refused whatever saves it."""

    def __init__(self, source_text, limit, length):
        super().__init__(too_long_message(limit, length))
        self.source_text = source_text


def check_length(string_translation):
    source = (
        TranslationSource.objects.filter(object_id=string_translation.context.object_id)
        .select_related("specific_content_type")
        .first()
    )
    if source:
        SourceLimits(source).check(string_translation)


def checked_edit_string_translation(request, translation_id, string_segment_id):
    """wagtail-localize's editor API, which saves each string as it is typed, at its own path
    (wagtail_hooks.py): a string too long gets the 400 the editor shows as a refusal, the
    message under "value", the field it sent."""
    try:
        return edit_string_translation(request, translation_id, string_segment_id)
    except TranslationTooLong as refusal:
        return JsonResponse({"value": refusal.messages}, status=400)


def checked_machine_translate(request, translation_id):
    """wagtail-localize's machine translation of every untranslated string, at its own path
    (wagtail_hooks.py): when one comes back longer than its field, none is kept (it saves them
    in one transaction) and the translator is told which, instead of a server error."""
    try:
        return machine_translate(request, translation_id)
    except TranslationTooLong as refusal:
        messages.error(
            request,
            _(
                "Machine translation was not applied: the translation of “%(source)s” is too "
                "long. %(limit)s Translate that text yourself, then use machine translation "
                "for the rest."
            )
            % {"source": Truncator(refusal.source_text).chars(60), "limit": refusal.messages[0]},
        )
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
