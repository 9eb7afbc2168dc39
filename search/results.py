"""What a search finds: live, public pages in the visitor's language, as results to show.

Everything here reads the database inside `bounded_time()`, so that a search answers or gives
up within a bounded time whatever it was asked.
"""

import re
import unicodedata
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.core.paginator import Page as PageOfResults
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import CharField, Count, OuterRef, Q, Subquery, Window
from django.db.models.functions import Cast
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from agenda.models import EventPage
from core.shared_parts import shared_part
from home.relations import paginate
from news.models import NewsPage
from partners.models import PartnerPage
from research.models import InstitutePage, PlatformPage, ProjectPage, ResearchProgramPage
from search.backends import LanguageSearchBackend

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
STATEMENT_TIMEOUT_MS = 2000
EXTRACT_WORDS = 30
# What a result shows of its page: its title, address, place in the tree and type.
SHOWN_FIELDS = ["title", "path", "depth", "url_path", "content_type", "locale"]
# Page types named by their kind in results; every other page is a "page".
KINDS = (
    ResearchProgramPage,
    InstitutePage,
    PlatformPage,
    PartnerPage,
    ProjectPage,
    NewsPage,
    EventPage,
)
# ts_headline marks matched words with these; the text is escaped before they become <mark>.
START, STOP = "\x02", "\x03"
MARKED = re.compile(f"{START}(.*?){STOP}", re.DOTALL)


def clean_query(raw):
    """The query as typed, without control characters (NUL among them), capped in length."""
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in raw)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search_terms(query):
    """The query's words only: no quote, operator or bracket reaches a full-text parser."""
    return " ".join(re.findall(r"\w+", query))


@contextmanager
def bounded_time():
    """A transaction whose statements PostgreSQL cancels past the time limit
    (django.db.OperationalError is raised then)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS:d}")
        yield


def searchable_pages(language, private_paths):
    """The pages a visitor may find: live, public (not at or below `private_paths`, those of
    the restricted pages), in their language, not an alias (an alias shows another language's
    text under this language's address)."""
    pages = Page.objects.live().filter(
        locale__in=Locale.objects.filter(language_code=language), depth__gt=1
    )
    if private_paths:
        pages = pages.exclude(reduce(or_, (Q(path__startswith=path) for path in private_paths)))
    # Aliases are few: leaving them out costs less than listing all the other pages.
    return pages.exclude(pk__in=Page.objects.filter(alias_of__isnull=False).values("pk"))


@dataclass
class Settled:
    """What every search in a language reads alike, kept once per generation with the parts
    every page shares (core/shared_parts.py): the restricted pages' paths, the promotions of
    the language's visible pages (and external links) by query, and the title and address of
    each page that has pages below it (a section, in the results' breadcrumbs) by path."""

    private_paths: list
    promotions: dict
    sections: dict


def settled(request, language):
    return shared_part(request, f"search-{language}", lambda: read_settled(request, language))


def read_settled(request, language):
    private_paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    pages = searchable_pages(language, private_paths)
    promotions = defaultdict(list)
    for promotion in (
        SearchPromotion.objects.filter(Q(page__isnull=True) | Q(page__in=pages))
        .select_related("page", "query")
        .order_by("sort_order")
    ):
        promotions[promotion.query.query_string].append(promotion)
    sections = Page.objects.filter(
        locale__language_code=language, depth__gt=2, numchild__gt=0
    ).only(*SHOWN_FIELDS)
    return Settled(
        private_paths,
        dict(promotions),
        {page.path: (page.title, page.get_url(request)) for page in sections},
    )


@dataclass
class Result:
    page: Page
    url: str
    kind: str
    extract: str = ""
    breadcrumb: list = field(default_factory=list)


@dataclass
class Search:
    promotions: list
    results: list
    page_obj: object
    page_range: list
    count: int


def search(request, query, language):
    """The promotions and one page of results for `query` in `language`."""
    kept = settled(request, language)
    promotions = kept.promotions.get(normalise_query_string(query), [])
    promoted = [promotion.page_id for promotion in promotions if promotion.page_id]
    terms = search_terms(query)
    pages = searchable_pages(language, kept.private_paths)
    pages = pages.exclude(pk__in=promoted).only(*SHOWN_FIELDS)
    backend = get_search_backend()
    if isinstance(backend, LanguageSearchBackend):
        page_obj = ranked_page(request, backend.in_language(language), terms, pages)
    else:
        found = backend.search(terms, pages, operator="and") if terms else []
        page_obj = paginate(request, found, "page", per_page=RESULTS_PER_PAGE)
        add_introductions(page_obj, terms)
    results = [
        Result(page, url, kind(page), as_html(page.extract))
        for page in page_obj
        if (url := page.get_url(request))
    ]
    add_breadcrumbs(results, kept.sections)
    paginator = page_obj.paginator
    return Search(
        promotions,
        results,
        page_obj,
        list(paginator.get_elided_page_range(page_obj.number)),
        len(promotions) + paginator.count,
    )


def ranked_page(request, backend, terms, pages):
    """The page of results asked for, with the number of pages found and the extracts, from
    one statement: the number is counted over every page found (a window), and PostgreSQL
    makes the extracts of the ten pages shown only, once they are ranked."""
    paginator = Paginator([], RESULTS_PER_PAGE)
    if not terms:
        return paginator.page(1)
    found = backend.search(terms, pages, operator="and").get_queryset()
    found = found.annotate(found_count=Window(Count("*")), extract=extract(terms, backend.config))
    number = page_number(request)
    start = (number - 1) * RESULTS_PER_PAGE
    shown = list(found[start : start + RESULTS_PER_PAGE])
    if not shown and number > 1:
        # Past the last page: the last page, as paginate() gives it.
        return Paginator(found, RESULTS_PER_PAGE).get_page(number)
    paginator.count = shown[0].found_count if shown else 0
    return PageOfResults(shown, number, paginator)


def page_number(request):
    """The page number asked for; bad numbers get page 1. Any number past a million is past
    the last page (and one past bigint would be refused as an offset by PostgreSQL)."""
    try:
        return min(max(int(request.GET.get("page", 1)), 1), 1_000_000)
    except ValueError:
        return 1


def extract(terms, config):
    """A short extract of a result's text, its matched words marked: PostgreSQL picks the
    passages and marks the words its own stemming matched. Read from the page's index entry
    by its key: the ranking then leaves the texts aside, and only those of the pages shown
    are read."""
    entries = Page._meta.get_field("index_entries").related_model.objects
    entry = entries.filter(
        content_type=OuterRef("content_type"), object_id=Cast(OuterRef("pk"), CharField())
    )
    headline = SearchHeadline(
        "body_text",
        SearchQuery(terms, config=config),
        config=config,
        start_sel=START,
        stop_sel=STOP,
        max_words=EXTRACT_WORDS,
        min_words=EXTRACT_WORDS // 2,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    return Subquery(entry.values(extract=headline))


def kind(page):
    model = page.specific_class
    return capfirst(model._meta.verbose_name) if model in KINDS else _("Page")


def add_introductions(pages, terms):
    """Other backends (SQLite's) match whole words, case and accents aside: each page's
    extract is its introduction, with those words marked."""
    introductions = {
        page.pk: getattr(page, "introduction", "")
        for page in Page.objects.filter(pk__in=[page.pk for page in pages]).specific()
    }
    for page in pages:
        text = Truncator(introductions.get(page.pk, "")).words(EXTRACT_WORDS)
        page.extract = mark_words(text, terms)


def fold(word):
    return unicodedata.normalize("NFKD", word.casefold()).encode("ascii", "ignore").decode()


def mark_words(text, terms):
    wanted = {fold(term) for term in terms.split()}
    return re.sub(r"\w+", lambda m: f"{START}{m[0]}{STOP}" if fold(m[0]) in wanted else m[0], text)


def as_html(marked_text):
    """Text with START/STOP around matched words, as safe HTML: escaped, words in <mark>."""
    html = MARKED.sub(r"<mark>\1</mark>", escape(marked_text))
    return mark_safe(html.replace(START, "").replace(STOP, ""))


def add_breadcrumbs(results, sections):
    """Each result's ancestors below its language's home, from the language's `sections`."""
    for result in results:
        for depth in range(3, result.page.depth):
            section = sections.get(result.page.path[: Page.steplen * depth])
            if section is not None:
                result.breadcrumb.append(section)
