"""What a search finds: live, public pages in the visitor's language, as results to show.

Everything here reads the database inside `bounded_time()`, so that a search answers or gives
up within a bounded time whatever it was asked.
"""

import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection, transaction
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from agenda.models import EventPage
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


def searchable_pages(language):
    """The pages a visitor may find: live, public, in their language, not an alias (an alias
    shows another language's text under this language's address)."""
    return (
        Page.objects.live()
        .public()
        .filter(locale__in=Locale.objects.filter(language_code=language), depth__gt=1)
        # Aliases are few: leaving them out costs less than listing all the other pages.
        .exclude(pk__in=Page.objects.filter(alias_of__isnull=False).values("pk"))
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
    pages = searchable_pages(language)
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=pages))
        .select_related("page")
        .order_by("sort_order")
    )
    promoted = [promotion.page_id for promotion in promotions if promotion.page_id]
    terms = search_terms(query)
    backend = get_search_backend()
    if isinstance(backend, LanguageSearchBackend):
        backend = backend.in_language(language)
    pages = pages.exclude(pk__in=promoted).only(*SHOWN_FIELDS)
    found = backend.search(terms, pages, operator="and") if terms else []
    page_obj = paginate(request, found, "page", per_page=RESULTS_PER_PAGE)
    # Nothing found: no need to ask for the (empty) page of results.
    shown = page_obj if page_obj.paginator.count else []
    results = [Result(page, url, kind(page)) for page in shown if (url := page.get_url(request))]
    add_extracts(backend, results, terms)
    add_breadcrumbs(request, results)
    paginator = page_obj.paginator
    return Search(
        promotions,
        results,
        page_obj,
        list(paginator.get_elided_page_range(page_obj.number)),
        len(promotions) + paginator.count,
    )


def kind(page):
    model = page.specific_class
    return capfirst(model._meta.verbose_name) if model in KINDS else _("Page")


def add_extracts(backend, results, terms):
    """A short extract of each result's text, its matched words marked."""
    ids = [result.page.pk for result in results]
    if not ids:
        return
    pages = Page.objects.filter(pk__in=ids)
    if isinstance(backend, LanguageSearchBackend):
        # PostgreSQL picks the passages and marks the words its own stemming matched.
        query = SearchQuery(terms, config=backend.config)
        text = SearchHeadline(
            "index_entries__body_text",
            query,
            config=backend.config,
            start_sel=START,
            stop_sel=STOP,
            max_words=EXTRACT_WORDS,
            min_words=EXTRACT_WORDS // 2,
            max_fragments=2,
            fragment_delimiter=" … ",
        )
        extracts = dict(pages.annotate(extract=text).values_list("pk", "extract"))
    else:
        # Other backends (SQLite's) match whole words, case and accents aside: the page's
        # introduction, with those words marked.
        extracts = {
            page.pk: mark_words(
                Truncator(getattr(page, "introduction", "")).words(EXTRACT_WORDS), terms
            )
            for page in pages.specific()
        }
    for result in results:
        result.extract = as_html(extracts.get(result.page.pk) or "")


def fold(word):
    return unicodedata.normalize("NFKD", word.casefold()).encode("ascii", "ignore").decode()


def mark_words(text, terms):
    wanted = {fold(term) for term in terms.split()}
    return re.sub(r"\w+", lambda m: f"{START}{m[0]}{STOP}" if fold(m[0]) in wanted else m[0], text)


def as_html(marked_text):
    """Text with START/STOP around matched words, as safe HTML: escaped, words in <mark>."""
    html = MARKED.sub(r"<mark>\1</mark>", escape(marked_text))
    return mark_safe(html.replace(START, "").replace(STOP, ""))


def add_breadcrumbs(request, results):
    """Each result's ancestors below its language's home, fetched in one query."""
    steplen = Page.steplen
    paths = {
        result.page.path[: steplen * depth]
        for result in results
        for depth in range(3, result.page.depth)
    }
    if not paths:
        return
    ancestors = Page.objects.filter(path__in=paths).only(*SHOWN_FIELDS)
    ancestors = {page.path: page for page in ancestors}
    for result in results:
        for depth in range(3, result.page.depth):
            ancestor = ancestors.get(result.page.path[: steplen * depth])
            if ancestor is not None:
                result.breadcrumb.append((ancestor.title, ancestor.get_url(request)))
