"""A page's languages: its live version in each site language, for the language switcher, the
hreflang links of its head, the sitemap and the search."""

from dataclasses import dataclass, replace

from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from core.pages import for_visitors

# Each language is named in itself, so that a reader finds their own language.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    full_url: str
    is_current: bool
    # False when the page has no live translation in that language and the link leads home.
    is_translation: bool


@dataclass(frozen=True)
class PageLanguages:
    current: str
    versions: list[LanguageVersion]

    @property
    def alternates(self):
        """The versions search engines are told about: real translations only."""
        return [version for version in self.versions if version.is_translation]

    @property
    def x_default(self):
        """The source-language version, for readers of neither language."""
        for version in self.alternates:
            if version.code == settings.LANGUAGE_CODE:
                return version
        return None


def live_versions(translation_key):
    """A page's live versions, by language."""
    versions = for_visitors(Page.objects.filter(translation_key=translation_key))
    return {version.locale.language_code: version for version in versions.select_related("locale")}


def site_homes(request):
    """The site's live home in each language, fetched once per request."""
    if not hasattr(request, "_site_homes"):
        site = Site.find_for_request(request)
        homes = {}
        if site is not None:
            root = Page.objects.filter(id=site.root_page_id).values("translation_key")[:1]
            homes = live_versions(root)
        request._site_homes = homes
    return request._site_homes


def language_versions(page, versions, request=None):
    """Per site language, the version of `page` in `versions` (its live versions by language),
    or else, given a request, that language's home. The sitemap passes no request: it lists
    translations only."""
    current = next(
        (code for code, version in versions.items() if version.id == page.id),
        translation.get_language(),
    )
    languages = []
    for code, _name in settings.LANGUAGES:
        target = versions.get(code) or (site_homes(request).get(code) if request else None)
        url_parts = target.get_url_parts(request) if target else None
        if url_parts is None:
            continue
        _site_id, root_url, path = url_parts
        languages.append(
            LanguageVersion(
                code=code,
                name=LANGUAGE_NAMES[code],
                url=path,
                full_url=root_url + path,
                is_current=code == current,
                is_translation=code in versions,
            )
        )
    return PageLanguages(current=current, versions=languages)


def at_route(languages, page, name):
    """`languages` of a routable `page` (RoutablePageMixin) at its route `name`, whose address
    each language translates: each translation leads to the same route (/fr/agenda/passes/,
    /en/events/past/); a language without one still leads to its home."""
    versions = []
    for version in languages.versions:
        if version.is_translation:
            with translation.override(version.code):
                route = page.reverse_subpage(name)
            version = replace(version, url=version.url + route, full_url=version.full_url + route)
        versions.append(version)
    return replace(languages, versions=versions)
