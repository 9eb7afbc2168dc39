from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import action_menu as page_actions
from wagtail.admin import messages
from wagtail.admin.widgets import Button
from wagtail.snippets import action_menu as snippet_actions

from translations.report import State, page_statuses

from . import contact_messages  # noqa: F401  (registers who reads the contact messages)
from .views import SubmitTranslationView, may_submit_translation, submission_facts


@hooks.register("register_admin_urls")
def register_submit_translation_url():
    return [
        path(
            "publishing/submit-translation/<int:page_id>/",
            SubmitTranslationView.as_view(),
            name="publishing_submit_translation",
        )
    ]


def submit_translation_button(page, user, view_name=None, next_url=None):
    # Shown to whoever may submit, translators first: they may not publish.
    if may_submit_translation(page, user):
        url = reverse("publishing_submit_translation", args=[page.id])
        label = _("Submit translation for moderation")
        yield Button(label, url, icon_name="resubmit", priority=61)


hooks.register("register_page_listing_more_buttons", submit_translation_button)
hooks.register("register_page_header_buttons", submit_translation_button)


@hooks.register("before_edit_page")
def offer_to_submit_a_finished_translation(request, page):
    """In the translation editor, once every string is translated and not yet published, the
    next step: wagtail-localize's editor has no "Submit for moderation" of its own."""
    user = request.user
    if request.method != "GET" or not may_submit_translation(page, user):
        return
    if page.permissions_for_user(user).can_publish():  # a moderator publishes it from there
        return
    status = page_statuses([page.locale], translation_key=page.translation_key)
    if status and status[0].state == State.AWAITING_PUBLICATION:
        url = reverse("publishing_submit_translation", args=[page.id])
        messages.info(
            request,
            _("Every string is translated: submit the translation when it is ready."),
            buttons=[messages.button(url, _("Submit for moderation"))],
        )


@hooks.register("construct_explorer_page_queryset")
def annotate_submission_facts(parent_page, pages, request):
    # Read with the listing, so that its "Submit translation" buttons ask no query per page.
    return pages.annotate(**submission_facts())


class NamedInTheEditorsLanguage:
    """The editor's "Submit to Moderators approval": Wagtail names the workflow as it is stored,
    in one language, and a French editor read "Soumettre à Moderators approval"."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        item = parent_context.get("page") or parent_context.get("instance")
        state = item.current_workflow_state if item else None
        if state and state.status == state.STATUS_NEEDS_CHANGES:
            context["label"] = _("Resubmit for moderation")
        else:
            context["label"] = _("Submit for moderation")
        return context


class SubmitPageMenuItem(NamedInTheEditorsLanguage, page_actions.SubmitForModerationMenuItem):
    pass


class SubmitSnippetMenuItem(
    NamedInTheEditorsLanguage, snippet_actions.SubmitForModerationMenuItem
):
    pass


def name_the_submission(menu_items, item_class):
    for index, item in enumerate(menu_items):
        if item.name == item_class.name:
            menu_items[index] = item_class(order=item.order)


@hooks.register("construct_page_action_menu")
def name_page_submission(menu_items, request, context):
    name_the_submission(menu_items, SubmitPageMenuItem)


@hooks.register("construct_snippet_action_menu")
def name_snippet_submission(menu_items, request, context):
    name_the_submission(menu_items, SubmitSnippetMenuItem)
