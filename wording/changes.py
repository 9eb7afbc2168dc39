"""What changed in the French since its translation was last brought up to date, segment by
segment, with the translator's English beside it.

"The French then" is the French page as it was live when the English last followed it: the
earlier of the last extraction of its content (`TranslationSource.last_updated_at`, what the
translator translated) and the last save of the translation to the English page
(`TranslationLog`; earlier when an extraction was not saved yet). It is read from the French
revision published last at that time (Wagtail's publish log entries), segmented as
wagtail-localize segments a page. A French page published without a revision (made in code)
has no such record: each of its segments then shows as new.

"The French now" is the live French page, segmented the same way. Segments are matched by
their context path, and by their rank among the strings of that path (a rich text field gives
one string per paragraph on the same path). Words are compared as text: rich text loses its
markup, and the template escapes every word.

The English beside each segment is the translator's translation of the French then in that
place, or failing that of the French now.
"""

import difflib
from dataclasses import dataclass

from django.utils.text import capfirst
from wagtail.models import PageLogEntry
from wagtail_localize.models import StringTranslation, TranslationLog
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue


@dataclass
class Word:
    text: str
    marked: bool = False


@dataclass
class SegmentChange:
    """One string of the page: its field, the French then and now as words, each marked where
    it was deleted (then) or inserted (now), and the English."""

    field: str
    then: list
    now: list
    english: str

    @property
    def changed(self):
        return any(word.marked for word in self.then + self.now)


def strings_of(page):
    """{(context path, rank on that path): (string as wagtail-localize stores it, its text)}
    of the page's translatable strings, in their order on the page."""
    strings, ranks = {}, {}
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            rank = ranks[segment.path] = ranks.get(segment.path, -1) + 1
            strings[segment.path, rank] = (segment.string.data, segment.string.render_text())
    return strings


def french_then(translation, french):
    """The French page as it was live when the English last followed it, or None if no
    publication of it was recorded by then."""
    followed_at = translation.source.last_updated_at
    saved = (
        TranslationLog.objects.filter(
            source=translation.source, locale_id=translation.target_locale_id
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if saved and saved < followed_at:
        followed_at = saved
    published = (
        PageLogEntry.objects.filter(
            page_id=french.pk,
            action="wagtail.publish",
            revision__isnull=False,
            timestamp__lte=followed_at,
        )
        .select_related("revision")
        .order_by("-timestamp")
        .first()
    )
    return published.revision.as_object() if published else None


def compare(then, now):
    """The words of `then` and `now`, marked where they differ."""
    then_words, now_words = then.split(), now.split()
    marked_then = [Word(word) for word in then_words]
    marked_now = [Word(word) for word in now_words]
    matcher = difflib.SequenceMatcher(a=then_words, b=now_words, autojunk=False)
    for tag, then_start, then_end, now_start, now_end in matcher.get_opcodes():
        if tag != "equal":
            for word in marked_then[then_start:then_end] + marked_now[now_start:now_end]:
                word.marked = True
    return marked_then, marked_now


def field_label(model, path):
    """The name editors know the field of a context path by."""
    field = model._meta.get_field(path.split(".", 1)[0])
    # A child relation (form fields) has no verbose name of its own: its model's plural.
    label = getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural
    return capfirst(label)


def changes(translation):
    """(segments in the page's order, whether the French then was found) for `translation`."""
    french = translation.source.get_source_instance()
    then_page = french_then(translation, french)
    then = strings_of(then_page) if then_page else {}
    now = strings_of(french)
    # {(context path, French): English}, the latest translation of each string in each place.
    english = {
        (path, source): data
        for path, source, data in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context__object_id=translation.source.object_id,
        )
        .order_by("updated_at")
        .values_list("context__path", "translation_of__data", "data")
    }
    segments = []
    for key in [*now, *(key for key in then if key not in now)]:
        then_data, then_text = then.get(key, ("", ""))
        now_data, now_text = now.get(key, ("", ""))
        translated = english.get((key[0], then_data)) or english.get((key[0], now_data), "")
        then_words, now_words = compare(then_text, now_text)
        segments.append(
            SegmentChange(
                field=field_label(type(french), key[0]),
                then=then_words,
                now=now_words,
                english=StringValue(translated).render_text(),
            )
        )
    return segments, then_page is not None
