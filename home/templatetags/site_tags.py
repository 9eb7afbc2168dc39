"""Tags the base layout needs on every page: the page's languages, the main menu, the footer
and the site settings."""

from django import template
from django.utils import timezone, translation
from wagtail.models import Site

from core.page_languages import language_versions, live_versions
from core.shared_parts import shared_part
from home.models import Footer, MainMenu, SiteSettings
from home.navigation import footer_with_links, live_snippet, menu_items

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """Per site language, the same page in that language, or else that language's home."""
    versions = live_versions(page.translation_key) if getattr(page, "id", None) else {}
    return language_versions(page, versions, context["request"])


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
    """The main menu's items in the visitor's language; without a menu, the home's children
    shown in menus."""
    return in_language(context, MainMenu, menu_items)


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer in the visitor's language, with its links, or None when there is none."""
    return in_language(context, Footer, footer_with_links)


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
