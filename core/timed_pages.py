"""When a page changes with the clock (the next event to end), found once per generation.

The moment depends only on published content, so it holds until the next publish, or until it
has passed: then the next one is found.
"""

from django.core.cache import cache
from django.utils import timezone

from core.generations import release
from core.shared_parts import current_generation


def kept_changes_at(request, page, find):
    """What `find()` says of when `page` next changes, kept in the cache for the current
    generation: for a page that needs queries to know it."""
    if hasattr(page, "_changes_at"):
        return page._changes_at
    generation = current_generation(request)
    key = f"page-cache:{release()}:changes-at:{generation}:{page.pk}"
    found = cache.get(key) if generation is not None else None
    if found is None or (found[0] is not None and found[0] <= timezone.now()):
        found = (find(),)
        if generation is not None:
            cache.set(key, found)
    page._changes_at = found[0]
    return page._changes_at
