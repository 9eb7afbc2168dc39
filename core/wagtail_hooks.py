from wagtail import hooks
from wagtail.models import PageViewRestriction

from core.shared_parts import shared_part


@hooks.register("before_serve_page")
def note_a_site_without_private_pages(page, request, serve_args, serve_kwargs):
    """Whether any page of the site is private, read once per generation (a change to a page's
    privacy starts a new one): with none, Wagtail's check of the page and its ancestors (two
    queries, before every page is served) can only find none (BasePage.get_view_restrictions)."""
    page.site_has_no_view_restrictions = not shared_part(
        request, "view restrictions", PageViewRestriction.objects.exists
    )
