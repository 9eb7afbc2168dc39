"""Translators submit their translation for moderation.

wagtail-localize's translation editor saves each segment as it is typed and offers "Publish"
only to those who may publish: it has no "Submit for moderation". A translator sends the
translation to the Moderators from the page's "More" menu in the explorer: the translation
becomes a new revision of the page and the moderation workflow starts on it. Visitors see the
page as it was until a moderator approves.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page, WorkflowPage
from wagtail_localize.models import Translation

from wording.glossary import terms_to_check

from .translating import save_draft


def submission_facts():
    """What deciding on a submission asks of the database about a page, as annotations: whether
    it is the target of an enabled wagtail-localize translation, and whether it or an ancestor
    has an active workflow (Page.has_workflow)."""
    return {
        "_is_translation": Exists(
            Translation.objects.filter(
                source__object_id=OuterRef("translation_key"),
                target_locale_id=OuterRef("locale_id"),
                enabled=True,
            )
        ),
        "_has_workflow": Exists(
            WorkflowPage.objects.filter(
                StartsWith(OuterRef("path"), F("page__path")), workflow__active=True
            )
        ),
    }


def may_submit_translation(page, user):
    """Whether `user` may submit `page` for moderation now, as a translation: they may edit it,
    it has a workflow, and it is not already awaiting review (a page sent back with changes
    requested may be submitted again).

    The explorer asks for every page it lists: its pages come annotated with the facts
    (wagtail_hooks.py) and their workflow states, so that this asks nothing more of the
    database."""
    # The cheapest checks first.
    if page.alias_of_id or not page.permissions_for_user(user).can_edit():
        return False
    if hasattr(page, "_is_translation"):  # annotated by the explorer's listing
        facts = vars(page)
    else:
        facts = Page.objects.filter(pk=page.pk).values(**submission_facts()).get()
    if not (facts["_is_translation"] and facts["_has_workflow"]):
        return False
    state = page.current_workflow_state
    lock = page.get_lock()
    return not (
        (state and state.status != state.STATUS_NEEDS_CHANGES) or (lock and lock.for_user(user))
    )


def translation_to_submit(page, user):
    """The wagtail-localize translation that `page` is the target of, when `user` may submit it
    now."""
    if not may_submit_translation(page, user):
        return None
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


class SubmitTranslationView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/submit_translation.html"
    page_title = _("Submit for moderation")
    header_icon = "resubmit"

    @cached_property
    def page(self):
        return get_object_or_404(Page, id=self.kwargs["page_id"]).specific

    def dispatch(self, request, *args, **kwargs):
        # Refused (Wagtail sends the user to the dashboard with a message) unless the page is
        # a translation they may edit, not already awaiting review.
        self.translation = translation_to_submit(self.page, request.user)
        if self.translation is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        key, locale_id = self.page.translation_key, self.page.locale_id
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            # A warning only: a name may rightly read otherwise in a sentence.
            "glossary_terms": terms_to_check([key], [locale_id]).get((key, locale_id), []),
        }

    def post(self, request, *args, **kwargs):
        try:
            save_draft(self.translation, user=request.user)
        except ValidationError:
            messages.error(
                request,
                gettext("The translation of “%(title)s” has errors: fix them, then submit it.")
                % {"title": self.page.get_admin_display_title()},
            )
            return redirect("wagtailadmin_pages:edit", self.page.id)
        state = self.page.current_workflow_state
        if state:  # sent back with changes requested: the same review goes on
            state.resume(request.user)
        else:
            self.page.get_workflow().start(self.page, request.user)
        messages.success(
            request,
            gettext("The translation of “%(title)s” was submitted for moderation.")
            % {"title": self.page.get_admin_display_title()},
        )
        return redirect(reverse("wagtailadmin_explore", args=[self.page.get_parent().id]))
