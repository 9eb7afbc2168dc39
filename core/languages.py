"""Which language a request is in: Django's LocaleMiddleware, kept to the site's pages."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation

# Addresses that are never pages: Django would send a missing one to /fr/..., where Wagtail's
# pages answer to any address, only to say "page not found" there.
NOT_PAGES = ("/admin/", "/documents/", "/media/", "/static/")


class SiteLocaleMiddleware(LocaleMiddleware):
    """An old page address without its language is still sent to it (/recherche/ to
    /fr/recherche/); a missing admin view, document, image or static file is a plain 404."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(NOT_PAGES):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
