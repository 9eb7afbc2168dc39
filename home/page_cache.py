"""Whole pages kept in the cache for anonymous visitors, dropped all at once when content changes.

A page shows the menu, the footer, the titles of its neighbours and of related pages: one
publish can change many pages. Rather than track which, every publish, unpublish, move or
deletion of a page, and every change to a snippet, a setting, an image or a document, starts
a new cache generation. A page is stored with the generation it was built in and served only
in that same generation, so the next request builds it afresh, in every process sharing the
cache.

Only anonymous visitors get cached pages: a request that carries a session cookie (editors,
previews, visitors who unlocked a password-protected page) is always served fresh. Only
plain pages are stored: a response that sets a cookie (any form with a CSRF token, such as
the contact page) or that says it is private is never stored, and is marked not cacheable
for browsers and CDNs too. Only plain addresses are stored: with a query string other than a
listing's page number, a page is built afresh. A stored page is served only by the build that
stored it (`release`).

What every page reads alike, the Wagtail site, the menu, the footer and the site settings, is
kept the same way for the pages built afresh (`shared`): read from the database once per
generation instead of on every page.
"""

import functools
import hashlib
import pickle
import re
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlencode
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images.models import AbstractRendition
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

# One for every build: a publish made in a container of the previous build, during a deploy,
# must reach the pages stored by the new one.
GENERATION_KEY = "page-cache:generation"
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,2}")
# Models whose changes can show on pages: every model of these apps, except pages (their
# drafts are saved often; their own signals above purge) and renditions (made while rendering).
CONTENT_APPS = {"home", "research", "partners", "wagtaildocs"}
# Wagtail's own: a page made private, a site's address or root, a new language.
CORE_MODELS = (PageViewRestriction, Site, Locale)


def generation():
    current = cache.get(GENERATION_KEY)
    if current is None:  # never set, evicted or the cache restarted: a new one, never seen before
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        current = cache.get(GENERATION_KEY)
    return current


def shared(request, name, build):
    """What `build()` returns for the request's site, kept as it was built until the next
    generation, with the site's other parts: one round trip to the cache reads them all.

    Only while the page cache is on: its cache is then one for every process (Redis), so a
    change made in any of them reaches all."""
    if not hasattr(request, "_page_cache_parts"):
        request._page_cache_parts = (*kept_parts(request), {})
    current, kept, parts = request._page_cache_parts
    if name not in parts:
        if name in kept:
            parts[name] = pickle.loads(kept[name])
        else:
            parts[name] = build()
            if current is not None:
                # Pickled now: the request goes on to use what it built, and may change it.
                kept[name] = pickle.dumps(parts[name])
                cache.set(parts_key(request), (current, kept), settings.PAGE_CACHE_SECONDS)
    return parts[name]


def kept_parts(request):
    """The current generation and the parts kept in it for the request's site, pickled; no
    generation and no parts while the page cache is off."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return None, {}
    key = parts_key(request)
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY) or generation()
    stored_generation, kept = found.get(key, (None, {}))
    return current, kept if stored_generation == current else {}


def parts_key(request):
    # The host and port Wagtail finds the site by.
    return f"page-cache:{release()}:parts:{request.get_host()}:{request.get_port()}"


def release():
    """The build the site runs, in every stored page's and part's key: a deploy never serves
    a page, or unpickles a part, that the previous build made. RELEASE_ID when the deploy
    names it, else the static files' manifest, which collectstatic rewrites whenever one of
    them changes."""
    return settings.RELEASE_ID or manifest_hash(settings.STATIC_ROOT)


@functools.cache
def manifest_hash(static_root):
    try:
        return hashlib.sha256(Path(static_root, "staticfiles.json").read_bytes()).hexdigest()[:16]
    except FileNotFoundError:
        # No files collected: development, where each process's cache starts empty anyway.
        return "development"


@functools.cache
def stored_parameters():
    """Query parameters a stored page is keyed by: a listing's page number, 1 to 999, named
    `page` or as its page model declares (`page_parameters`). Any other (a search's q, a
    campaign's utm_...) would make every made-up value a page of its own, pushing the site's
    pages out of the cache: such pages are built afresh and never stored."""
    names = {"page"}
    for model in get_page_models():
        names.update(getattr(model, "page_parameters", ()))
    return frozenset(names)


def purge(**kwargs):
    """Start a new generation: every cached page is built afresh on its next request."""
    new_generation()
    # A publish is one transaction, and its signals come before the commit: a page built in
    # between read the content as it was, and was kept in the new generation. Once more, then.
    transaction.on_commit(new_generation)


# A new generation that the cache did not take (Redis away): this process starts it again
# before it next reads a stored page, or pages stored before the outage would outlive the change.
unsaved_purge = False


def new_generation():
    global unsaved_purge
    unsaved_purge = bool(cache.set_many({GENERATION_KEY: time.time_ns()}, timeout=None))


def retry_unsaved_purge():
    if unsaved_purge:
        new_generation()


def purge_on_content_change(sender, **kwargs):
    if sender._meta.app_label not in CONTENT_APPS and not issubclass(sender, BaseSiteSetting):
        return
    if issubclass(sender, (Page, AbstractRendition)):
        return
    purge()


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge)
    post_delete.connect(purge, sender=Page)
    for model in CORE_MODELS:
        post_save.connect(purge, sender=model)
        post_delete.connect(purge, sender=model)
    post_save.connect(purge_on_content_change)
    post_delete.connect(purge_on_content_change)


def page_path(path):
    """True for a page address: under a language prefix (/fr/..., /en/...)."""
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


class PageCacheMiddleware:
    """Serves stored pages before sessions, languages or the database are touched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_path(request.path_info):
            return self.get_response(request)
        key = self.key(request) if self.may_use_cache(request) else None
        if key is None:
            response = self.build(request)
            add_never_cache_headers(response)
            return response
        retry_unsaved_purge()
        # One round trip to the cache: the current generation and the stored page with its own.
        found = cache.get_many([GENERATION_KEY, key])
        current = found.get(GENERATION_KEY) or generation()
        stored_generation, response = found.get(key, (None, None))
        # No generation: the cache did not answer (home/cache_backend.py).
        if current is not None and stored_generation == current:
            return response
        response = self.build(request)
        if self.may_store(response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.PAGE_CACHE_SECONDS,
                stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
            )
            cache.set(key, (current, response), settings.PAGE_CACHE_SECONDS)
        else:
            add_never_cache_headers(response)
        return response

    def build(self, request):
        # Wagtail finds the request's site with one of the dearest queries of a page, then
        # keeps it on the request: given it from the shared parts, it has no need to.
        request._wagtail_site = shared(request, "site", lambda: Site.find_for_request(request))
        return self.get_response(request)

    def may_use_cache(self, request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method == "GET"
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    def may_store(self, response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
        )

    def key(self, request):
        """The stored page's key; None for a query string that is not only a page number."""
        parameters = sorted(request.GET.lists())
        for name, values in parameters:
            if name not in stored_parameters() or len(values) > 1:
                return None
            if not PAGE_NUMBER.fullmatch(values[0]):
                return None
        query = urlencode(parameters, doseq=True)
        # The path carries the language; scheme and host change the absolute links in a page.
        address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
        return f"page-cache:{release()}:" + hashlib.sha256(address.encode()).hexdigest()
