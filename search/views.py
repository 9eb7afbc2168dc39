from urllib.parse import urlencode

from django.conf import settings
from django.db import OperationalError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page

from core.page_languages import LANGUAGE_NAMES, LanguageVersion, PageLanguages
from core.pages import for_visitors
from partners.models import PartnerIndexPage
from research.models import ResearchIndexPage
from search.results import bounded_time, clean_query, search


@require_safe
@never_cache
def search_view(request):
    """The site search, in the language of the address (/fr/rechercher/, /en/search/).

    Never stored by the page cache or a CDN: every query would be a page of its own, and
    made-up queries would push the site's pages out of the cache."""
    query = clean_query(request.GET.get("q", ""))
    language = translation.get_language()
    context = {
        "search_query": query,
        "query_string": urlencode({"q": query}),
        "languages": search_languages(request, query, language),
    }
    if query:
        try:
            with bounded_time():
                context["search"] = search(request, query, language)
        except OperationalError:
            # Cancelled past the time limit (or the database is unavailable): say so.
            context["timed_out"] = True
        else:
            if not context["search"].count:
                context["sections"] = sections(language)
    return TemplateResponse(request, "search/search.html", context)


def search_languages(request, query, current):
    """The language switcher of the search page: the same search in each language."""
    versions = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("search")
        if query:
            url += "?" + urlencode({"q": query})
        versions.append(
            LanguageVersion(
                code=code,
                name=LANGUAGE_NAMES[code],
                url=url,
                full_url=request.build_absolute_uri(url),
                is_current=code == current,
                is_translation=True,
            )
        )
    return PageLanguages(current=current, versions=versions)


def sections(language):
    """The research and partners sections, suggested when nothing matches."""
    pages = for_visitors(Page.objects).filter(locale__language_code=language)
    return [
        page
        for model in (ResearchIndexPage, PartnerIndexPage)
        if (page := pages.exact_type(model).first())
    ]
