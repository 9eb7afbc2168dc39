import sys
from pathlib import Path

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views import static
from django.views.decorators.http import require_safe


@require_safe
def language_redirect(request):
    """Send a visitor at / to the home in the language their browser prefers (French otherwise)."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        response = redirect(reverse("wagtail_serve", args=[""]))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def page_not_found(request, exception):
    return render(request, "errors/404.html", status=404)


# A visitor who meets a database restart is asked to come back in this many seconds.
DATABASE_RETRY_SECONDS = 30


def server_error(request):
    # No database access here: the fault may be the database itself. Django calls this while
    # handling the exception, wherever it was raised (view, template or middleware).
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
            response = render(request, "errors/503.html", status=503)
            response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
            return response
        return render(request, "errors/500.html", status=500)


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


# A rendition's name changes with its image and its operations, so browsers and CDNs keep it;
# for 30 days, not a year, as a deleted image's file name may come back with a new upload.
IMAGE_FILE_SECONDS = 30 * 24 * 60 * 60


@require_safe
def image_file(request, path):
    response = static.serve(request, path, document_root=Path(settings.MEDIA_ROOT) / "images")
    patch_cache_control(response, public=True, max_age=IMAGE_FILE_SECONDS)
    return response
