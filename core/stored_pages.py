"""Whole pages stored in the cache for anonymous visitors, each used only in the generation
it was built in (core/generations.py).

Only anonymous visitors get stored pages: a request that carries a session cookie (editors,
previews, visitors who unlocked a password-protected page) is always served fresh. Only
plain pages are stored: a response that sets a cookie (any form with a CSRF token, such as
the contact page) or that says it is private is never stored, and is marked not cacheable
for browsers and CDNs too. Only plain addresses are stored: with a query string other than a
listing's page number, a page is built afresh.

A stored page is served by the first middleware, before any other does any work, as whitenoise
serves a static file: the finished response (status, every header the other middlewares add,
body) is stored once plain and once gzip-compressed, and a visitor gets the one their browser
accepts in one round trip to the cache. Whatever it does not serve (another host than
ALLOWED_HOSTS, plain HTTP when it is redirected, a session, a query string, a miss) goes
through the whole stack, which answers as it does for any request.
"""

import functools
import hashlib
import math
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlencode
from wagtail.models import get_page_models

from core.compression import accepts_gzip, stored_variants
from core.generations import GENERATION_KEY, generation, release, retry_unsaved_purge

PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,2}")
S_MAXAGE = re.compile(r"\bs-maxage=(\d+)")


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


def store_until(response, moment):
    """Store `response` no later than `moment` (an aware datetime, or None: no limit), for a
    page that changes with the clock rather than with a publish: an agenda, when an event ends.
    Said as its s-maxage, which the page cache and a CDN both keep to."""
    if moment is None:
        return
    seconds = max(1, seconds_until(moment))
    if seconds < lifetime(response):
        patch_cache_control(response, s_maxage=seconds)


def seconds_until(moment):
    """Whole seconds from now until `moment`, rounded up: 0 or less once it has passed."""
    return math.ceil((moment - timezone.now()).total_seconds())


def lifetime(response):
    """How long `response` may be stored: PAGE_CACHE_SECONDS, or less if the page said so."""
    stated = S_MAXAGE.search(response.get("Cache-Control", ""))
    seconds = settings.PAGE_CACHE_SECONDS
    return min(seconds, int(stated[1])) if stated else seconds


def page_path(path):
    """True for a page address: under a language prefix (/fr/..., /en/...)."""
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


class StoredPagesApplication:
    """Production's WSGI application (config/wsgi.py): a stored page is served before Django
    handles the request at all (no request signals, no middleware), as whitenoise's WSGI mode
    serves files, by the same rules as the middleware below, which serves it wherever Django
    is called directly (the test client, runserver). Anything else goes to Django."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        request = WSGIRequest(environ)
        address = stored_address(request) if served_here(request) else None
        stored = stored_page(request, address)[1] if address else None
        if stored is None:
            return self.application(environ, start_response)
        start_response(f"{stored.status_code} {stored.reason_phrase}", list(stored.items()))
        return [stored.content]


class PageCacheMiddleware:
    """Serves stored pages before any other middleware, sessions, languages or the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Another host than ALLOWED_HOSTS gets Django's 400 from the stack, as any request, and
        # plain HTTP SecurityMiddleware's redirect to HTTPS.
        if not served_here(request):
            return self.get_response(request)
        address = stored_address(request)
        if address is None:
            response = self.get_response(request)
            add_never_cache_headers(response)
            return response
        current, stored = stored_page(request, address)
        if stored is not None:
            return stored
        response = self.get_response(request)
        if not self.may_store(response):
            add_never_cache_headers(response)
            return response
        seconds = lifetime(response)
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=seconds,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        )
        if current is not None:
            stored = {
                page_key(address, encoding): (current, response.status_code, *variant)
                for encoding, variant in stored_variants(response).items()
            }
            cache.set_many(stored, seconds)
        return response

    def may_store(self, response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
        )


def served_here(request):
    """False for what only the whole stack answers: an address that is no page, another host
    than ALLOWED_HOSTS (400), plain HTTP when it is redirected to HTTPS."""
    return (
        page_path(request.path_info)
        and allowed_host(request)
        and not (settings.SECURE_SSL_REDIRECT and not request.is_secure())
    )


def stored_address(request):
    """The address a page is stored by; None for a request that may not get a stored page: a
    session, a method other than GET or HEAD (Django builds the same response for HEAD as for
    GET; the server leaves out its body), a query string that is not only a page number."""
    if (
        settings.PAGE_CACHE_SECONDS <= 0
        or request.method not in ("GET", "HEAD")
        or settings.SESSION_COOKIE_NAME in request.COOKIES
    ):
        return None
    parameters = sorted(request.GET.lists())
    for name, values in parameters:
        if name not in stored_parameters() or len(values) > 1:
            return None
        if not PAGE_NUMBER.fullmatch(values[0]):
            return None
    query = urlencode(parameters, doseq=True)
    # The path carries the language; scheme and host change the absolute links in a page.
    return f"{request.scheme}://{request.get_host()}{request.path}?{query}"


def stored_page(request, address):
    """(the current generation, the page stored for `address` in it or None), in the encoding
    the request accepts: one round trip to the cache. No generation: the cache did not answer
    (core/redis_cache.py)."""
    retry_unsaved_purge()
    key = page_key(address, "gzip" if accepts_gzip(request) else "identity")
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY) or generation()
    stored_generation, status, headers, body = found.get(key, (None, None, None, None))
    if current is None or stored_generation != current:
        return current, None
    return current, HttpResponse(body, status=status, headers=headers)


def allowed_host(request):
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def page_key(address, encoding):
    """The key of the page stored for `address`, in `encoding` (gzip or identity)."""
    digest = hashlib.sha256(f"{encoding} {address}".encode()).hexdigest()
    return f"page-cache:{release()}:{digest}"
