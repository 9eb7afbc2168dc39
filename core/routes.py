"""Which page an address leads to, kept for the pages built afresh.

Wagtail finds a page by walking its address a slug at a time, two queries a level after the
site's root and the language's home: nine queries for a page three levels down. Once an
address has led to a live page, its type, its id, its path in the tree and how many parts of
the address it took are kept, and the next request for the address fetches the page in one
query, provided it is still live at that path; the rest of the address goes to the page's own
route as usual (a routable page's field or past events). So a route outlasts a publish
elsewhere, the moment pages are built afresh, and never a change of its own page: moved,
renamed, unpublished or deleted, the page no longer matches, and Wagtail walks the address
again. Which site and which root an address leads into is part of the key; Wagtail's own
checks (privacy, hooks) run as ever.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from wagtail.models import Site

from core.generations import release
from core.shared_parts import current_generation, shared_part
from core.stored_pages import page_path

# Each language's home sits right under Wagtail's root: a page at depth d took d - 2 slugs.
HOME_DEPTH = 2
# Checked on every use, a route may be kept long: a day, then the address is walked again.
ROUTE_SECONDS = 24 * 60 * 60


class RouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_path(request.path_info):
            return self.get_response(request)
        # Wagtail finds the request's site with one of the dearest queries of a page, then keeps
        # it on the request: given it from the shared parts, it has no need to.
        request._wagtail_site = shared_part(
            request, "site", lambda: Site.find_for_request(request)
        )
        key = route_key(request)
        kept = cache.get(key) if key else None
        routed = kept is not None and use_route(request, *kept)
        response = self.get_response(request)
        if key and not routed and request.method == "GET" and response.status_code == 200:
            keep_route(request, key)
        return response


def route_key(request):
    """The kept route's key; None while the page cache is off (no generation)."""
    site = request._wagtail_site
    if current_generation(request) is None or site is None:
        return None
    address = f"{site.pk}:{site.root_page_id}:{request.get_host()}{request.path_info}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{release()}:route:{digest}"


def slugs(request):
    """The parts of the address Wagtail routes: those after the language's."""
    return [part for part in request.path_info.split("/") if part][1:]


def keep_route(request, key):
    route = getattr(request, "_wagtail_route_for_request", None)
    if route is None:  # a view of the site's own, not a page
        return
    page = route.page
    if not page.live or page.alias_of_id:
        return
    route = (page.content_type_id, page.id, page.url_path, page.depth - HOME_DEPTH)
    cache.set(key, route, ROUTE_SECONDS)


def use_route(request, content_type_id, page_id, url_path, taken):
    """Whether the kept route still leads to its page, which the request is then routed to."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(
        id=page_id, url_path=url_path, live=True, alias_of__isnull=True
    ).first()
    if page is None:
        return False  # Wagtail routes the address afresh
    try:
        request._wagtail_route_for_request = page.route(request, slugs(request)[taken:])
    except Http404:
        return False
    return True
