from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

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


@hooks.register("construct_explorer_page_queryset")
def annotate_submission_facts(parent_page, pages, request):
    # Read with the listing, so that its "Submit translation" buttons ask no query per page.
    return pages.annotate(**submission_facts())
