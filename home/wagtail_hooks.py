import json

from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static

from home.admin_api import PagesForChoosersAPIViewSet


@hooks.register("construct_admin_api")
def answer_choosers_with_pages_the_user_may_read(router):
    router.register_endpoint("pages", PagesForChoosersAPIViewSet)


@hooks.register("insert_editor_js")
def page_chooser_in_the_edited_language():
    """The translation editor's page chooser opens on the pages of the translation's language."""
    urls = {
        "pageChooser": reverse("wagtailadmin_choose_page"),
        "imageChooser": reverse("wagtailimages_chooser:choose"),
        "documentChooser": reverse("wagtaildocs_chooser:choose"),
    }
    return format_html(
        '<script src="{}" data-choosers="{}"></script>',
        versioned_static("home/js/chooser_locale.js"),
        json.dumps(urls),
    )
