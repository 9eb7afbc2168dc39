"""The translation status report in Reports, its summary on the admin dashboard, publishing a
page with its translations, and the guard in front of wagtail-localize's PO upload."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem

from .po_files import checked_upload_pofile
from .report import page_statuses, summaries
from .views import PublishWithTranslationsView, TranslationStatusReportView


@hooks.register("register_admin_urls")
def register_translation_status_report_url():
    # Admin URLs from this hook already require access to the admin: translators and editors
    # all have it, and each edit link checks the page's own permissions.
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translations_status_report",
        )
    ]


@hooks.register("register_admin_urls")
def register_publish_with_translations_url():
    return [
        path(
            "pages/<int:page_id>/publish-with-translations/",
            PublishWithTranslationsView.as_view(),
            name="translations_publish_together",
        )
    ]


class PublishWithTranslationsButton(PageMenuItem):
    label = _("Publish with translations")
    icon_name = "upload"
    url_name = "translations_publish_together"

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_publish()


@hooks.register("register_page_header_buttons")
def publish_with_translations_header_button(page, user, view_name, next_url=None):
    yield PublishWithTranslationsButton(page=page, priority=55)


@hooks.register("register_page_listing_more_buttons")
def publish_with_translations_listing_button(page, user, next_url=None):
    yield PublishWithTranslationsButton(page=page, priority=45)


class PublishWithTranslationsMenuItem(ActionMenuItem):
    """In the editor's publish menu: a link to the confirmation, not a form action."""

    label = _("Publish with translations")
    name = "action-publish-with-translations"
    icon_name = "upload"
    order = 25

    def is_shown(self, context):
        return context["view"] == "edit" and (
            self.get_user_page_permissions_tester(context).can_publish()
        )

    def get_url(self, context):
        return reverse("translations_publish_together", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def publish_with_translations_menu_item():
    return PublishWithTranslationsMenuItem()


@hooks.register("register_admin_urls")
def guard_po_uploads():
    # Registered before wagtail-localize's own URLs (translations comes first in
    # INSTALLED_APPS), so this path resolves to the checked view.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
            name="checked_upload_pofile",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_report_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translations_status_report"),
        name="translation-status",
        icon_name="site",
        order=1300,
    )


class TranslationStatusPanel(Component):
    """Per language, how many pages are missing, in progress, out of date and up to date."""

    name = "translation_status"
    template_name = "translations/dashboard_panel.html"
    # After Wagtail's site summary, before the editors' own pages and recent edits.
    order = 150

    def get_context_data(self, parent_context):
        return {
            "summaries": summaries(page_statuses()),
            "report_url": reverse("translations_status_report"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())
