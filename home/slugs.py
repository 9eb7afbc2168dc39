"""A translation's slug: made from its own title unless a translator wrote one.

wagtail-localize translates the slug like any string, and a string no translator wrote falls
back to the French: a page translated without its slug would live at /en/methodes/. Such a
slug is cleared before the page is cleaned, and Wagtail makes one from the English title as it
does for a new page (ASCII, as WAGTAIL_ALLOW_UNICODE_SLUGS = False asks, and unique among its
siblings): /en/methods/.
"""

from django.conf import settings
from wagtail.models import Page
from wagtail_localize.models import StringTranslation


def slug_left_untranslated(page):
    """Whether `page` is a translation with its own title still at its French page's slug, no
    translator having written one (a slug they wrote the same as the French stays). Until its
    title is translated it keeps the French slug, the address its alias had."""
    if not page.pk or page.alias_of_id:
        return False
    french = (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .exclude(pk=page.pk)
        .values_list("slug", "title")
        .first()
    )
    if french is None or page.slug != french[0] or page.title == french[1]:
        return False
    written = StringTranslation.objects.filter(
        locale_id=page.locale_id, context__object_id=page.translation_key, context__path="slug"
    )
    return not written.exists()
