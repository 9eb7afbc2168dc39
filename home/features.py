"""What the home features, chosen and ordered by editors on the French home: sections of pages
as cards. wagtail-localize copies the chosen pages to the English home unchanged (it does so for
every page link), so each is shown as its translation in the reader's language, as related
pages are (home/relations.py)."""

from collections import defaultdict

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.pages import for_visitors

# Named by strings: home sits below research and partners and never imports them.
FEATURED_PAGE_TYPES = [
    "research.ProjectPage",
    "research.ResearchProgramPage",
    "research.InstitutePage",
    "research.PlatformPage",
    "partners.PartnerPage",
]


class FeaturedPagesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=100)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(page_type=FEATURED_PAGE_TYPES), label=_("pages"), min_num=1
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Featured pages")
        description = _("A heading and the pages it leads to, shown as cards in this order.")


class HomeFeaturesBlock(blocks.StreamBlock):
    pages = FeaturedPagesBlock()


def translations_by_key(chosen, locale_id):
    """The live translations in a locale of the `chosen` pages, by translation key, with their
    images and renditions: one query per page type and one for every rendition, whatever the
    number of pages."""
    keys_by_model = defaultdict(list)
    for page in chosen:
        keys_by_model[page.specific_class].append(page.translation_key)
    found = {}
    for model, keys in keys_by_model.items():
        pages = for_visitors(model.objects.filter(translation_key__in=keys), locale_id)
        found.update((page.translation_key, page) for page in pages.select_related("image"))
    prefetch_related_objects([page.image for page in found.values() if page.image], "renditions")
    return found


def featured_sections(home):
    """Each section of the home's features: its heading and its pages as the reader reads them."""
    sections = [block.value for block in home.features if block.block_type == "pages"]
    # A deleted page leaves an empty choice (None) behind.
    chosen = [page for section in sections for page in section["pages"] if page]
    found = translations_by_key(chosen, home.locale_id)
    return [
        {
            "heading": section["heading"],
            "pages": [
                found[page.translation_key]
                for page in section["pages"]
                if page and page.translation_key in found
            ],
        }
        for section in sections
    ]
