"""What the home features, chosen and ordered by editors on the French home: sections of pages
as cards. wagtail-localize copies the chosen pages to the English home unchanged (it does so for
every page link), so each is shown as its translation in the reader's language, as related
pages are (home/relations.py)."""

from collections import defaultdict

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


# The listings a section may show the latest items of, named by strings (home sits below news
# and events), with the template of one item's card; each answers latest_items(count).
LISTINGS = {
    "news.NewsIndexPage": "news/news_card.html",
    "events.EventIndexPage": "events/event_card.html",
}
PAGE_CARD = "components/card.html"


class LatestItemsBlock(blocks.StructBlock):
    listing = blocks.PageChooserBlock(page_type=list(LISTINGS), label=_("listing"))
    count = blocks.IntegerBlock(label=_("number of items"), min_value=1, max_value=12, default=3)

    class Meta:
        icon = "date"
        label = _("Latest news or next events")
        description = _("The latest items of the news or the agenda, as cards, and a link to it.")


class HomeFeaturesBlock(blocks.StreamBlock):
    pages = FeaturedPagesBlock()
    latest = LatestItemsBlock()


def translations_by_key(chosen, locale_id):
    """The live translations in a locale of the `chosen` pages, by translation key: one query
    per page type, whatever the number of pages."""
    keys_by_model = defaultdict(list)
    for page in chosen:
        keys_by_model[page.specific_class].append(page.translation_key)
    found = {}
    for model, keys in keys_by_model.items():
        pages = for_visitors(model.objects.filter(translation_key__in=keys), locale_id)
        found.update((page.translation_key, page) for page in pages)
    return found


def featured_sections(home):
    """Each section of the home's features as the reader reads it: its heading, its cards and
    the template of one, and for the latest items, the listing they come from."""
    blocks = [(block.block_type, block.value) for block in home.features]
    chosen = [
        page
        for kind, value in blocks
        for page in (value["pages"] if kind == "pages" else [value["listing"]])
        if page  # a deleted page leaves an empty choice (None) behind
    ]
    found = translations_by_key(chosen, home.locale_id)
    sections = []
    for kind, value in blocks:
        if kind == "pages":
            pages = [found.get(page.translation_key) for page in value["pages"] if page]
            cards = [page for page in pages if page]
            sections.append({"heading": value["heading"], "cards": cards, "card": PAGE_CARD})
        elif value["listing"] and (listing := found.get(value["listing"].translation_key)):
            sections.append(
                {
                    "heading": listing.title,
                    "cards": listing.latest_items(value["count"]),
                    "card": LISTINGS[listing._meta.label],
                    "listing": listing,
                }
            )
    return sections
