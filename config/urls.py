from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.sitemap import PageSitemap
from search.views import search_view

urlpatterns = [
    path("", core_views.language_redirect, name="language_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PageSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage":
    # Without object storage the app serves the images' renditions from MEDIA_ROOT itself;
    # never the documents, which their own view serves once their permissions are checked.
    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/images/(?P<path>.+)$", core_views.image_file)
    )

# Every page lives under its language: /fr/... and /en/... The search page comes before
# Wagtail's pages, whose catch-all pattern would otherwise take its address.
urlpatterns += i18n_patterns(
    path(_("search/"), search_view, name="search"),
    path("", include(wagtail_urls)),
)

handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
