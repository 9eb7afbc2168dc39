"""A page's HTML kept in the cache for the pages built afresh (editors, visitors with a session),
each copy used only in the generation it was built in (core/generations.py), as stored pages
are: the next publish makes them all anew.

Only the page as any visitor sees it is kept: not a preview, not a form's answer, not an
address with a query string other than listings' page numbers. What is the reader's own stays
out of it: Wagtail's user bar (base.html), a form's CSRF token (templatetags/fragments.py). The
page's privacy is checked before it is used, as for any page.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from core.generations import release
from core.shared_parts import current_generation
from core.stored_pages import PAGE_NUMBER, seconds_until, stored_parameters


@dataclass(frozen=True)
class Fragment:
    key: str
    seconds: int


def page_fragment(request, page, changes_at=None):
    """Where `page`'s HTML for `request` is kept, and how long: None when it may not be kept.
    `changes_at` (an aware datetime) is when the page changes with the clock (an event ends)."""
    if (
        request.method not in ("GET", "HEAD")
        or getattr(request, "is_preview", False)
        or not plain_query(request)
    ):
        return None
    generation = current_generation(request)
    if generation is None:  # the page cache is off: nothing is kept
        return None
    seconds = settings.PAGE_CACHE_SECONDS
    if changes_at is not None:
        seconds = min(seconds, seconds_until(changes_at))
    if seconds <= 0:
        return None
    # Scheme and host change the absolute links in a page; the path carries the language.
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return Fragment(f"page-cache:{release()}:fragment:{generation}:{digest}", seconds)


def plain_query(request):
    """True without a query string, or with only listings' page numbers, as for stored pages."""
    return all(
        name in stored_parameters() and len(values) == 1 and PAGE_NUMBER.fullmatch(values[0])
        for name, values in request.GET.lists()
    )


def later(build):
    """What `build()` returns, built only if the page's template reads it: a kept fragment
    leaves the queries behind it unmade."""
    return SimpleLazyObject(build)
