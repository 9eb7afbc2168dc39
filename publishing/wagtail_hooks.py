"""The submit buttons named in the editor's language, publishing a page with its translations,
and who reads the contact messages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import action_menu as page_actions
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets import action_menu as snippet_actions

from . import contact_messages  # noqa: F401  (registers who reads the contact messages)
from .together import PublishWithTranslationsView


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


@hooks.register("register_admin_urls")
def register_publish_with_translations_url():
    return [
        path(
            "pages/<int:page_id>/publish-with-translations/",
            PublishWithTranslationsView.as_view(),
            name="publishing_publish_together",
        )
    ]


class PublishWithTranslationsButton(PageMenuItem):
    label = _("Publish with translations")
    icon_name = "upload"
    url_name = "publishing_publish_together"

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
        return reverse("publishing_publish_together", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def publish_with_translations_menu_item():
    return PublishWithTranslationsMenuItem()
