"""Tags the base layout needs on every page: the page's languages, the main menu, the footer
and the site settings."""

from dataclasses import dataclass

from django import template
from django.utils import timezone, translation
from wagtail.models import Page, Site

from core.page_languages import language_versions, live_versions, site_homes
from core.pages import for_visitors
from core.shared_parts import shared_part
from home.models import Footer, MainMenu, SiteSettings
from home.relations import pages_in_locale

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """Per site language, the same page in that language, or else that language's home."""
    versions = live_versions(page.translation_key) if getattr(page, "id", None) else {}
    return language_versions(page, versions, context["request"])


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
    return shared_part(
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
    children = for_visitors(home.get_children().in_menu())
    return [NavigationItem(page.title, page.get_url(request), page.id) for page in children]


@dataclass(frozen=True)
class SiteFooter:
    description: str
    legal_line: str
    links: list[NavigationItem]


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer in the visitor's language, with its links, or None when there is none."""
    return in_language(context, Footer, footer_with_links)


def footer_with_links(request, footer):
    if footer is None:
        return None
    links = resolve_links(request, footer.links.select_related("page"), footer.locale_id)
    return SiteFooter(footer.description, footer.legal_line, links)


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
