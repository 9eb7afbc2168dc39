"""Links between pages, shown in the reader's language.

An editor chooses related pages on the French source; wagtail-localize synchronises page links
to the translation unchanged ("we can localize them at runtime easily", its own comment says).
So a link is resolved when shown: to the linked page's live translation in the page's locale.
"""

from django.core.paginator import Paginator

from core.pages import for_visitors


def pages_in_locale(model, translation_keys, locale_id):
    """Live pages of `model` in a locale for `translation_keys`, in the keys' order."""
    keys = list(dict.fromkeys(translation_keys))
    if not keys:  # Django would still build the query, only to find it matches nothing
        return []
    pages = for_visitors(model.objects.filter(translation_key__in=keys), locale_id)
    by_key = {page.translation_key: page for page in pages}
    return [by_key[key] for key in keys if key in by_key]


def with_images(pages, field="image"):
    """`pages` with their image, in the same query, and all its renditions fetched up front:
    no query per card."""
    return pages.select_related(field).prefetch_related(f"{field}__renditions")


def paginate(request, queryset, parameter, per_page=12):
    """One page of `queryset`, chosen by the `parameter` query argument; bad numbers get page 1."""
    return Paginator(queryset, per_page).get_page(request.GET.get(parameter))


def linked_pages(page, links):
    """The pages `page` links to through its `links` (a link model's related manager)."""
    link_model = links.model
    keys = links.values_list(f"{link_model.target_field}__translation_key", flat=True)
    target_model = link_model._meta.get_field(link_model.target_field).related_model
    return pages_in_locale(target_model, keys, page.locale_id)


def pages_linking_to(page, links):
    """The pages whose links lead to `page` in any of its languages. `links` is the reverse
    relation of those links on `page` (e.g. `partner.program_links`). Only its model is read: a
    translation keeps its source's links, which may lead to another of `page`'s languages."""
    link_model = links.model
    keys = link_model.objects.filter(
        **{f"{link_model.target_field}__translation_key": page.translation_key}
    ).values_list("page__translation_key", flat=True)
    source_model = link_model._meta.get_field("page").related_model
    return pages_in_locale(source_model, keys, page.locale_id)
