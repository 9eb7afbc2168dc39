"""Guards in front of wagtail-localize's screens that change what visitors see.

wagtail-localize checks weaker rights than Wagtail's own screens: converting a translation back
into an alias needs only the right to change it, and takes it offline; syncing translations
may publish them. Here, whatever makes a page or snippet live or takes it offline is for those
who may publish it (the Moderators), and so is converting; stopping a synced translation is
for those who start translations (Editors and Moderators). Each guard is registered at the path
of the view it guards, ahead of wagtail-localize's (the translations app comes first in
INSTALLED_APPS), and hands on to that view what it lets through.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.edit_translation import stop_translation, user_can_edit_instance
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .updating import offer_previous_translations, previous_translations

CONVERT_TO_ALIAS = "localize-convert-to-alias"


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "publish", instance)


def may_convert_to_alias(user, page):
    # An alias mirrors its live source: converting either way changes the page visitors read,
    # or takes it offline (translations/signals.py).
    return page.permissions_for_user(user).can_publish()


def guarded_convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not may_convert_to_alias(request.user, page):
        raise PermissionDenied
    return convert_to_alias(request, page_id)


class SyncTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages", whose "Publish immediately" is offered only to those who may
    publish every translation: for others it stays unticked, whatever is posted."""

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_every_translation():
            field = form.fields["publish_translations"]
            field.disabled = True  # a disabled field keeps its initial value: unticked
            field.help_text = _(
                "Only those who may publish every translation publish them here. Update them,"
                " then submit them for moderation."
            )
        return form

    def may_publish_every_translation(self):
        translations = self.object.translations.filter(enabled=True)
        targets = [translation.get_target_instance() for translation in translations]
        return all(may_publish(self.request.user, target) for target in targets)

    def get_edit_url(self, instance):
        # Each translation is linked for those who may open it: an Editor was refused there.
        if user_can_edit_instance(self.request.user, instance):
            return super().get_edit_url(instance)
        return None

    @transaction.atomic
    def form_valid(self, form):
        # As a translator's own update does: each changed string keeps its previous
        # translation, marked, rather than becoming an empty segment.
        translations = list(self.object.translations.filter(enabled=True))
        previous = {
            translation.pk: previous_translations(translation) for translation in translations
        }
        response = super().form_valid(form)
        for translation in translations:
            offer_previous_translations(translation, previous[translation.pk], self.request.user)
        return response


def may_stop_translation(user):
    # Those who start translations stop them; a translator only translates.
    return user.has_perm("wagtail_localize.submit_translation")


@require_POST
def guarded_stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not may_stop_translation(request.user):
        raise PermissionDenied
    return stop_translation(request, translation.id)


def translations_report(request):
    # One translation report in the Reports menu: the site's, which shows what each page
    # needs. wagtail-localize's is left out of the menu, and its address leads to the site's.
    return redirect("translations_status_report")


@hooks.register("register_admin_urls")
def guard_wagtail_localize_urls():
    localize = "localize/"
    return [
        path(
            f"{localize}page/<int:page_id>/convert_to_alias/",
            guarded_convert_to_alias,
            name="guarded_convert_to_alias",
        ),
        path(
            f"{localize}update/<int:translation_source_id>/",
            SyncTranslationsView.as_view(),
            name="guarded_update_translations",
        ),
        path(
            f"{localize}translate/<int:translation_id>/disable/",
            guarded_stop_translation,
            name="guarded_stop_translation",
        ),
        path(f"{localize}reports/translations/", translations_report),
        path(f"{localize}reports/translations/results/", translations_report),
    ]


@hooks.register("before_convert_alias_page")
def guard_wagtails_alias_conversion(request, page):
    # Wagtail's "Convert to ordinary page": a live alias, which sends visitors to the French
    # page, would serve its French copy as the English page.
    if not may_convert_to_alias(request.user, page):
        raise PermissionDenied


@hooks.register("construct_page_action_menu")
def offer_conversion_to_publishers_only(menu_items, request, context):
    page = context.get("page")
    if page is not None and not may_convert_to_alias(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS]


@hooks.register("construct_page_chooser_queryset")
def no_draft_titles_of_others_in_the_chooser(pages, request):
    """The page chooser lists every page by its latest draft's title: a page with a draft is
    offered only to those who may work on it (an English translator would read the titles of
    French drafts)."""
    workable = PagePermissionPolicy().instances_user_has_any_permission_for(
        request.user, {"add", "change", "publish"}
    )
    return pages.filter(Q(has_unpublished_changes=False) | Q(pk__in=workable.values("pk")))


@hooks.register("construct_reports_menu")
def one_translation_report(request, menu_items):
    theirs = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != theirs]
