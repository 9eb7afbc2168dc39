"""Tags the base layout needs on every page: the page's languages, the main menu, the footer
and the site settings."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import timezone, translation
from wagtail.models import Page, Site

from home.models import Footer, MainMenu, SiteSettings
from home.page_cache import shared
from home.relations import pages_in_locale

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
    """A page's live versions, by language; aliases only mirror another page, so not them."""
    versions = (
        Page.objects.live()
        .filter(translation_key=translation_key, alias_of__isnull=True)
        .select_related("locale")
    )
    return {version.locale.language_code: version for version in versions}


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


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """Per site language, the same page in that language, or else that language's home."""
    versions = live_versions(page.translation_key) if getattr(page, "id", None) else {}
    return language_versions(page, versions, context["request"])


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


@dataclass(frozen=True)
class NavigationItem:
    label: str
    url: str
    page_id: int | None


def resolve_links(request, links, locale_id):
    """The links that lead somewhere in this language: pages as their live translation."""
    keys = [link.page.translation_key for link in links if link.page_id]
    pages = {page.translation_key: page for page in pages_in_locale(Page, keys, locale_id)}
    items = []
    for link in links:
        if link.url:
            items.append(NavigationItem(link.label, link.url, None))
        elif page := pages.get(link.page.translation_key):
            items.append(NavigationItem(link.label or page.title, page.get_url(request), page.id))
    return items


def live_snippet(model):
    """The live snippet in the visitor's language."""
    return (
        model.objects.filter(live=True, locale__language_code=translation.get_language())
        .select_related("locale")
        .first()
    )


def in_language(context, model, build):
    """`build(request, snippet)` for the live `model` snippet (menu or footer) in the visitor's
    language, kept until the next publish; a preview of one shows the snippet being edited."""
    request = context["request"]
    preview = context.get("preview")
    if isinstance(preview, model):
        return build(request, preview)
    return shared(
        request,
        f"{model._meta.model_name}:{translation.get_language()}",
        lambda: build(request, live_snippet(model)),
    )


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main menu in the visitor's language. Without one, the home's live children that
    editors show in menus, so that a new site has a menu before anyone writes one."""
    return in_language(context, MainMenu, menu_items)


def menu_items(request, menu):
    if menu is not None:
        return resolve_links(request, menu.items.select_related("page"), menu.locale_id)
    home = site_homes(request).get(translation.get_language())
    if home is None:
        return []
    children = home.get_children().live().in_menu().filter(alias_of__isnull=True)
    return [NavigationItem(page.title, page.get_url(request), page.id) for page in children]


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer in the visitor's language, with its links, or None when there is none."""
    return in_language(context, Footer, with_links)


def with_links(request, footer):
    if footer is not None:
        links = footer.links.select_related("page")
        footer.resolved_links = resolve_links(request, links, footer.locale_id)
    return footer


@register.simple_tag(takes_context=True)
def site_settings(context):
    """The site's settings, fetched once per request with their images and contact page."""
    request = context["request"]
    if Site.find_for_request(request) is None:
        return None
    return SiteSettings.for_request(request)


@register.filter
def machine_datetime(value):
    """A date and time as HTML's `datetime` attribute reads it: local time, whole seconds
    (Django's "c" format adds microseconds, which HTML does not allow)."""
    return timezone.localtime(value).replace(microsecond=0).isoformat()
