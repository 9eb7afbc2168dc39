"""What search engines and social networks read on a page, and its breadcrumb trail."""

import logging
from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from home.structured_data import breadcrumb_list, json_ld

from .site_tags import site_settings

logger = logging.getLogger(__name__)
register = template.Library()

# Each home sits right under Wagtail's root (HomePage.parent_page_types).
HOME_DEPTH = 2
# Open Graph names a language with its country.
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
# The 1.91:1 picture Facebook, LinkedIn and X show large, in a format they all read.
SHARING_IMAGE = "fill-1200x630|format-jpeg"


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str
    full_url: str

    @classmethod
    def of(cls, page, request):
        _site_id, root_url, path = page.get_url_parts(request)
        return cls(page.title, path, root_url + path)


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page=None):
    """The way from the home to a page below it, home first; no trail for the home itself."""
    if not getattr(page, "id", None) or page.depth <= HOME_DEPTH:
        return []
    request = context["request"]
    home_path = reverse("wagtail_serve", args=[""])
    home = Crumb(gettext("Home"), home_path, Site.find_for_request(request).root_url + home_path)
    between = []
    if page.depth > HOME_DEPTH + 1:  # one query for the pages in between
        between = page.get_ancestors().filter(depth__gt=HOME_DEPTH)
    return [home, *(Crumb.of(ancestor, request) for ancestor in between), Crumb.of(page, request)]


@dataclass(frozen=True)
class SharingCard:
    """The Open Graph card social networks show for a shared page."""

    title: str
    description: str
    url: str
    locale: str
    alternate_locales: list[str]
    image: object  # a rendition, or None
    image_url: str
    image_alt: str


@register.simple_tag(takes_context=True)
def sharing_card(context, page, languages):
    request = context["request"]
    settings = site_settings(context)
    image, alt = page.sharing_image(settings.default_social_image if settings else None)
    rendition = sharing_rendition(image) if image else None
    return SharingCard(
        title=page.seo_title or page.title,
        description=page.meta_description,
        url=page.get_full_url(request),
        locale=OG_LOCALES[languages.current],
        alternate_locales=[
            OG_LOCALES[version.code]
            for version in languages.alternates
            if version.code != languages.current
        ],
        image=rendition,
        image_url=request.build_absolute_uri(rendition.url) if rendition else "",
        image_alt=alt,
    )


def sharing_rendition(image):
    try:
        return image.get_rendition(SHARING_IMAGE)
    except SourceImageIOError:
        # A lost file must not take the page down: it is shared without a picture.
        logger.warning("Image %s: its file is missing, no sharing picture.", image.pk)
        return None


@register.simple_tag(takes_context=True)
def structured_data(context, page, trail):
    """The page's JSON-LD: what it describes, if anything, and its breadcrumb trail."""
    graph = []
    if subject := page.structured_data(context):
        graph.append(subject)
    if trail:
        graph.append(breadcrumb_list(trail))
    return json_ld(graph) if graph else ""
