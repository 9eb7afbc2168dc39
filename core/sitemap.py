"""sitemap.xml: every live, public page in every language, each with its translations as
hreflang alternates and its French version as x-default, as in the page's own head."""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.sitemaps import Sitemap
from django.utils.functional import cached_property
from wagtail.models import Locale, Page

from core.page_languages import PageLanguages, language_versions
from core.pages import for_visitors


@dataclass(frozen=True)
class Entry:
    page: Page
    path: str
    languages: PageLanguages


class PageSitemap(Sitemap):
    """Left out: aliases (untranslated copies of a French page) and pages hidden from search
    engines. A fixed number of queries however many pages: one per page type."""

    def items(self):
        return self.entries

    @cached_property
    def entries(self):
        # Django asks for the items more than once a request.
        codes = dict(Locale.objects.values_list("id", "language_code"))
        pages = (
            for_visitors(Page.objects.public().filter(depth__gt=1))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
        pages = [page for page in pages if not getattr(page, "noindex", False)]
        # The translations a page is listed with are the other listed pages of its key.
        versions = defaultdict(dict)
        for page in pages:
            versions[page.translation_key][codes[page.locale_id]] = page
        entries = []
        for page in pages:
            languages = language_versions(page, versions[page.translation_key])
            # A page outside every site has no address to list.
            for version in languages.versions:
                if version.is_current:
                    entries.append(Entry(page, version.url, languages))
        return entries

    def location(self, item):
        return item.path

    def lastmod(self, item):
        return item.page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            languages = url["item"].languages
            url["alternates"] = [
                {"lang_code": version.code, "location": origin + version.url}
                for version in languages.alternates
            ]
            if languages.x_default:
                url["alternates"].append(
                    {"lang_code": "x-default", "location": origin + languages.x_default.url}
                )
        return urls
