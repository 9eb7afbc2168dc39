"""Tags the base layout needs on every page: languages of the page and the main menu."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

register = template.Library()

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


def _public_versions(page):
    """The page and its live translations, leaving out aliases (they only mirror another page)."""
    return (
        page.get_translations(inclusive=True)
        .live()
        .filter(alias_of__isnull=True)
        .select_related("locale")
    )


def _home_in(site, language_code):
    return (
        site.root_page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=language_code)
        .first()
    )


@dataclass(frozen=True)
class PageLanguages:
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


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """Per site language, the same page in that language, or else that language's home."""
    request = context["request"]
    site = Site.find_for_request(request)
    current = translation.get_language()
    versions = {}
    if getattr(page, "id", None):
        current = page.locale.language_code
        versions = {p.locale.language_code: p for p in _public_versions(page)}
        versions.setdefault(current, page)
    languages = []
    for code, _name in settings.LANGUAGES:
        target = versions.get(code)
        is_translation = target is not None
        if target is None and site is not None:
            target = _home_in(site, code)
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
                is_translation=is_translation,
            )
        )
    return PageLanguages(languages)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live children of the home in the visitor's language that editors show in menus."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return Page.objects.none()
    home = site.root_page.get_translations(inclusive=True).filter(locale=Locale.get_active())
    home = home.first() or site.root_page
    return home.get_children().live().in_menu().filter(alias_of__isnull=True)
