"""Publishing a page and its translations together: one action for a moderator.

A French page changes, its translators finish their drafts, and the moderator publishes the
whole set at once, so that no language shows the new version while another shows the old.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page


@dataclass
class Version:
    """One language's version of the page, with changes waiting to be published."""

    page: Page
    can_publish: bool


def waiting_versions(page, user):
    """The versions of `page` in every language (itself included, aliases excluded: they follow
    their source) whose latest draft is not live, source language first."""
    pages = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .filter(has_unpublished_changes=True)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    default = page.locale.get_default()
    versions = [
        Version(page=version, can_publish=version.permissions_for_user(user).can_publish())
        for version in pages
    ]
    # The source first: its publication is what the translations follow.
    return sorted(versions, key=lambda version: version.page.locale_id != default.id)


@transaction.atomic
def publish_together(versions, user):
    """Publish the latest draft of each version `user` may publish, all or none. Returns those
    published."""
    published = [version for version in versions if version.can_publish]
    for version in published:
        version.page.get_latest_revision().publish(user=user)
    return published


class PublishWithTranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then publish a page's waiting drafts in every language at once."""

    template_name = "publishing/publish_with_translations.html"
    page_title = _("Publish with translations")
    header_icon = "upload"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, id=page_id).specific
        if not self.page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        self.versions = waiting_versions(self.page, request.user)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            page=self.page,
            versions=self.versions,
            can_publish_any=any(version.can_publish for version in self.versions),
        )
        return context

    def post(self, request, page_id):
        published = publish_together(self.versions, request.user)
        if published:
            names = (str(version.page.locale.get_display_name()) for version in published)
            languages = ", ".join(names)
            messages.success(
                request,
                _("“%(title)s” published in: %(languages)s.")
                % {"title": self.page.get_admin_display_title(), "languages": languages},
            )
        else:
            messages.warning(request, _("Nothing was waiting to be published."))
        return redirect("wagtailadmin_explore", self.page.get_parent().id)
