import errno
import sys
from pathlib import Path

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404
from django.shortcuts import redirect, render
from django.templatetags.static import static as static_url
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


def path_language(request):
    """The language of the address asked for: an error may come before, or without, the
    middleware that activates it."""
    return translation.get_language_from_path(request.path_info) or translation.get_language()


def bad_request(request, exception):
    # Reads neither request.POST (it may be what could not be read), the database nor the
    # host (either may be the fault). Django's own view checks the CSRF token again, which
    # reads the post again and fails a second time.
    with translation.override(path_language(request)):
        return render(request, "errors/400.html", status=400)


def permission_denied(request, exception):
    with translation.override(path_language(request)):
        return render(request, "errors/403.html", status=403)


def csrf_failure(request, reason=""):
    """A form sent without the site's cookie or token: what to do, in the visitor's words.
    (Django's own page has an inline style, which the site's policy refuses.)"""
    with translation.override(path_language(request)):
        return render(request, "errors/403_csrf.html", status=403)


# A visitor who meets a database restart is asked to come back in this many seconds.
DATABASE_RETRY_SECONDS = 30


def server_error(request):
    # No database access here: the fault may be the database itself. Django calls this while
    # handling the exception, wherever it was raised (view, template or middleware).
    with translation.override(path_language(request)):
        if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
            response = render(request, "errors/503.html", status=503)
            response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
            return response
        return render(request, "errors/500.html", status=500)


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


# Browsers that ask for /favicon.ico are sent to the static file, whose name changes with it;
# they keep the way there for a day.
FAVICON_REDIRECT_SECONDS = 24 * 60 * 60


@require_safe
def favicon(request):
    response = redirect(static_url("favicon.ico"), permanent=True)
    patch_cache_control(response, public=True, max_age=FAVICON_REDIRECT_SECONDS)
    return response


# A rendition's name changes with its image and its operations, so browsers and CDNs keep it;
# for 30 days, not a year, as a deleted image's file name may come back with a new upload.
IMAGE_FILE_SECONDS = 30 * 24 * 60 * 60


@require_safe
def image_file(request, path):
    try:
        response = static.serve(request, path, document_root=Path(settings.MEDIA_ROOT) / "images")
    except OSError as error:
        # A name longer than the file system allows is no file: not found, not a fault.
        if error.errno != errno.ENAMETOOLONG:
            raise
        raise Http404 from error
    patch_cache_control(response, public=True, max_age=IMAGE_FILE_SECONDS)
    return response
