"""The main menu and the footer as visitors see them: their links resolved to the live pages of
the visitor's language, as new values (the snippets they come from are left as they are)."""

from dataclasses import dataclass

from django.utils import translation
from wagtail.models import Page

from core.page_languages import site_homes
from core.pages import for_visitors
from home.relations import pages_in_locale


@dataclass(frozen=True)
class NavigationItem:
    label: str
    url: str
    page_id: int | None


@dataclass(frozen=True)
class SiteFooter:
    description: str
    legal_line: str
    links: list[NavigationItem]


def live_snippet(model):
    """The live snippet in the visitor's language."""
    return (
        model.objects.filter(live=True, locale__language_code=translation.get_language())
        .select_related("locale")
        .first()
    )


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


def menu_items(request, menu):
    """The menu's items. Without a menu, the home's live children that editors show in menus,
    so that a new site has a menu before anyone writes one."""
    if menu is not None:
        return resolve_links(request, menu.items.select_related("page"), menu.locale_id)
    home = site_homes(request).get(translation.get_language())
    if home is None:
        return []
    children = for_visitors(home.get_children().in_menu())
    return [NavigationItem(page.title, page.get_url(request), page.id) for page in children]


def footer_with_links(request, footer):
    if footer is None:
        return None
    links = resolve_links(request, footer.links.select_related("page"), footer.locale_id)
    return SiteFooter(footer.description, footer.legal_line, links)
