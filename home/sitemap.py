from django.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live, public page in every language; aliases only mirror another page, so not them."""

    def items(self):
        pages = (
            Page.objects.live()
            .public()
            .filter(depth__gt=1, alias_of__isnull=True)
            .order_by("path", "locale_id")
        )
        # A page outside every site has no address to list.
        return [(page, parts[2]) for page in pages if (parts := page.get_url_parts())]

    def location(self, item):
        _page, path = item
        return path

    def lastmod(self, item):
        page, _path = item
        return page.last_published_at
