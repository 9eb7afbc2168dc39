"""The glossary: French terms and the English they are translated by, and the check that a
translation uses them.

A term is found in a text case-insensitively, as whole words. A translated segment whose
French holds a term but whose English lacks its expected English is flagged; segments not yet
translated are not (the report shows them as in progress). The check reads the terms and the
translated segments in two queries, whatever their number, and matches them in Python.
"""

import functools
import re
from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation

from .models import GlossaryTerm


@dataclass(frozen=True)
class Term:
    french: str
    english: str
    note: str

    def in_french(self, text):
        return bool(whole_words(self.french).search(text))

    def in_english(self, text):
        return bool(whole_words(self.english).search(text))


@functools.lru_cache(maxsize=1024)
def whole_words(term):
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


def glossary():
    return [Term(*row) for row in GlossaryTerm.objects.values_list("french", "english", "note")]


def terms_in_source(translation_key):
    """The glossary terms that the French page of `translation_key` holds, as wagtail-localize
    last extracted it: those its translator should follow."""
    terms = glossary()
    if not terms:
        return []
    texts = StringSegment.objects.filter(
        source__object_id=translation_key, source__locale=Locale.get_default()
    ).values_list("string__data", flat=True)
    text = "\n".join(texts)
    return [term for term in terms if term.in_french(text)]


def terms_to_check(translation_keys, locales):
    """{(translation key, locale id): [Term]}: for each translation of the pages
    `translation_keys` into `locales`, the terms some translated segment's French holds and its
    English lacks, each once, in the glossary's order."""
    terms = glossary()
    if not terms:
        return {}
    translated = StringTranslation.objects.filter(
        # Only the segments of the content as last extracted: a sync leaves older translations.
        Exists(
            StringSegment.objects.filter(
                string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id")
            )
        ),
        locale__in=locales,
        context__object_id__in=translation_keys,
        has_error=False,
    )
    found = {}
    for key, locale_id, french, english in translated.values_list(
        "context__object_id", "locale_id", "translation_of__data", "data"
    ):
        flagged = found.setdefault((key, locale_id), [])
        for term in terms:
            if term not in flagged and term.in_french(french) and not term.in_english(english):
                flagged.append(term)
    return {place: sorted(flagged, key=terms.index) for place, flagged in found.items() if flagged}
