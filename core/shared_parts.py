"""What every page reads alike (the Wagtail site, the menu, the footer, the site settings),
kept in the cache for the pages built afresh: read from the database once per generation
instead of on every page.

Only while the page cache is on: its cache is then one for every process (Redis), so a change
made in any of them reaches all.
"""

import pickle
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

from core.generations import GENERATION_KEY, generation, release


@dataclass
class SharedParts:
    """The parts of one request's site: as kept in the cache, and as the request uses them."""

    # None while the page cache is off: nothing is kept.
    generation: int | None
    # By name, pickled: what the cache holds for this generation.
    pickled: dict[str, bytes]
    # By name, as this request built or unpickled them.
    in_use: dict[str, object] = field(default_factory=dict)


def shared_part(request, name, build):
    """What `build()` returns for the request's site, kept as it was built until the next
    generation, with the site's other parts: one round trip to the cache reads them all."""
    parts = request_parts(request)
    if name not in parts.in_use:
        if name in parts.pickled:
            parts.in_use[name] = pickle.loads(parts.pickled[name])
        else:
            parts.in_use[name] = build()
            if parts.generation is not None:
                # Pickled now: the request goes on to use what it built, and may change it.
                parts.pickled[name] = pickle.dumps(parts.in_use[name])
                cache.set(
                    parts_key(request),
                    (parts.generation, parts.pickled),
                    settings.PAGE_CACHE_SECONDS,
                )
    return parts.in_use[name]


def request_parts(request):
    if not hasattr(request, "_shared_parts"):
        request._shared_parts = cached_parts(request)
    return request._shared_parts


def current_generation(request):
    """The generation the request's parts are kept in: None while the page cache is off."""
    return request_parts(request).generation


def cached_parts(request):
    """The request's site's parts kept in the current generation; none, and no generation,
    while the page cache is off."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return SharedParts(generation=None, pickled={})
    key = parts_key(request)
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY) or generation()
    stored_generation, pickled = found.get(key, (None, {}))
    return SharedParts(generation=current, pickled=pickled if stored_generation == current else {})


def parts_key(request):
    # The host and port Wagtail finds the site by.
    return f"page-cache:{release()}:parts:{request.get_host()}:{request.get_port()}"
