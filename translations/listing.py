"""wagtail-localize's buttons on each page the explorer lists, "Translate this page" and "Sync
translated pages", from facts read with the listing.

wagtail-localize's own hook asks two or three queries for each page listed (are there
languages left to translate into? is the page a source with enabled translations?). Here the
same buttons, to the same views, come from annotations that the explorer's query reads for all
its pages at once (wagtail_hooks.py); a page without them (a page's own header) is given
wagtail-localize's buttons as wagtail-localize makes them.
"""

from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.wagtail_hooks import page_listing_more_buttons


def listing_facts():
    """Whether a language has no translation of the page yet (an alias is none), and the page's
    wagtail-localize source when it has enabled translations, as annotations."""
    translated = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")),
        locale_id=OuterRef("pk"),
        alias_of__isnull=True,
    )
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    )
    return {
        "_language_to_translate_into": Exists(Locale.objects.exclude(Exists(translated))),
        "_synced_source_id": Subquery(source.values("pk")[:1]),
    }


def translation_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's page buttons, from the listing's facts."""
    if not hasattr(page, "_synced_source_id"):
        yield from page_listing_more_buttons(page, user, view_name, next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page._language_to_translate_into:
        # An alias is translated from the page it mirrors.
        translated = page.alias_of_id or page.id
        url = reverse("wagtail_localize:submit_page_translation", args=[translated])
        yield ListingButton(
            _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    if page._synced_source_id:
        url = reverse("wagtail_localize:update_translations", args=[page._synced_source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")
