"""The search backend: each page indexed and searched in its own language.

Wagtail's database backend (the `modelsearch` package) keeps one index row per object, shared by
every configured backend, and stems every row with the one text search configuration of the
backend that wrote it last: a French backend and an English backend would overwrite each
other's rows. So there is one backend, and it chooses the configuration per object: a page is
indexed with its locale's configuration (French or English stemming, accents folded, created by
this app's migration), and a search names the visitor's language to be stemmed the same way.
A search that names no language (the admin's) looks for the words in every language.

On any other database (SQLite for `make run`) this is modelsearch's own database backend, with
its plainer matching: whole words, case and accents ignored, no stemming.
"""

import copy
import re
from collections import defaultdict
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Func, IntegerField, Q
from django.db.models.lookups import Exact
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import PlainText
from wagtail.models import Locale

# Text search configurations made by migrations/0001: the language's stemmer after unaccent.
TEXT_SEARCH_CONFIGS = {"fr": "site_french", "en": "site_english"}


# modelsearch finds a backend module's backend by this name.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return database.SearchBackend(params)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each object with the configuration of its locale's language; objects
        without a locale (images, documents) with the source language's."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
            by_config[config_for(language)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.in_language_config(config)).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        """As modelsearch searches, but looking for each word in the title or in the body
        rather than for the whole query in their concatenation: PostgreSQL would build that
        concatenation for every index entry (no index serves it), while the indexes on the
        title and on the body serve each word.

        A stop word ("de", "the") is no word to find: PostgreSQL leaves it out of a search, so
        no page has it. Whether a word is one is asked in the same statement, a test of
        constants that PostgreSQL answers once, when it plans the statement."""
        if self.fields is not None or not isinstance(self.query, PlainText):
            return super().search(config, start, stop, score_field, backend)
        words = [word for word in re.split(r"[\s\-]+", self.query.query_string) if word]
        if not words:
            return self.queryset.none()
        configs = [config] if config else list(TEXT_SEARCH_CONFIGS.values())
        stop_words, found = [], []
        for word in words:
            query = self.build_tsquery(PlainText(word), config=config)
            stop_words.append(reduce(or_, (is_stop_word(word, c) for c in configs)))
            found.append(Q(index_entries__title=query) | Q(index_entries__body=query))
        pairs = zip(stop_words, found, strict=True)
        if self.query.operator == "and":
            # Each word found, or a stop word; and not stop words only.
            matches = reduce(and_, (stop | find for stop, find in pairs))
            matches &= ~reduce(and_, stop_words)
        else:
            matches = reduce(or_, (~stop & find for stop, find in pairs))
        queryset = self.queryset.filter(matches)
        rank = self._build_rank_expression(self.get_search_vectors(None), config)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def build_tsquery(self, query, config=None):
        if config is not None:
            return super().build_tsquery(query, config=config)
        # No language named (the admin's searches): the words in any language.
        build = super().build_tsquery
        return reduce(or_, (build(query, config=c) for c in TEXT_SEARCH_CONFIGS.values()))


class LanguageSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageQueryCompiler
    index_class = LanguageIndex

    def in_language(self, language_code):
        """This backend, searching with `language_code`'s configuration."""
        return self.in_language_config(config_for(language_code))

    def in_language_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend


def is_stop_word(word, config):
    """True where PostgreSQL's `config` finds nothing to search in `word`."""
    lexemes = Func(
        SearchQuery(word, config=config), function="numnode", output_field=IntegerField()
    )
    return Q(Exact(lexemes, 0))


def config_for(language_code):
    return TEXT_SEARCH_CONFIGS.get(language_code, TEXT_SEARCH_CONFIGS[settings.LANGUAGE_CODE])
