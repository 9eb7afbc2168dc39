"""Which pages visitors may be shown."""


# A function, not a PageQuerySet method: Wagtail's queryset is not ours to extend, and a manager
# of our own would have to be declared on every page model.
def for_visitors(pages, locale=None):
    """`pages` that are live and not aliases (an alias only mirrors another page), in `locale`
    (a Locale or its id) when given."""
    pages = pages.live().filter(alias_of__isnull=True)
    return pages if locale is None else pages.filter(locale=locale)
