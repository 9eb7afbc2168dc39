from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
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


def server_error(request):
    # No database access here: the fault may be the database itself.
    return render(request, "errors/500.html", status=500)


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")
