"""The submit buttons named in the editor's language, and who reads the contact messages."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import action_menu as page_actions
from wagtail.snippets import action_menu as snippet_actions

from . import contact_messages  # noqa: F401  (registers who reads the contact messages)


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
