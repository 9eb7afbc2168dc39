"""The translation workflow in the admin and on the site: visitors sent from an alias to its
source; the main menu and footer, each copy for its own language's translators; the
translation status report in Reports and its summary on the dashboard; starting, updating and
submitting a translation, what changed in the French since, and the translation memory; the
guards in front of wagtail-localize's PO upload and translation editor."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from home.models import Footer, MainMenu
from home.models.pages import source_for_visitors
from publishing.groups import translated_languages
from wording.glossary import terms_in_source

from . import guards  # noqa: F401  (registers the guards in front of wagtail-localize's views)
from .limits import checked_edit_string_translation, checked_machine_translate
from .memory import TranslationMemoryView, suggestions
from .navigation import FooterViewSet, MainMenuViewSet
from .permissions import OwnLanguagePermissionPolicy
from .po_files import checked_upload_pofile
from .report import (
    PageRights,
    State,
    french_pages,
    listed_pages,
    next_step,
    page_statuses,
    row_actions,
    summaries,
)
from .starting import may_start
from .submitting import SubmitTranslationView, may_submit_translation, submission_facts
from .updating import source_changed, translation_for
from .views import (
    StartTranslationView,
    SubmitPageForTranslationView,
    TranslationStatusReportView,
    UpdateTranslationView,
    WhatChangedView,
)

# Before anything asks for these models' policy (Wagtail would make a default one), so before
# their admin views are registered.
register_permission_policy(MainMenu, OwnLanguagePermissionPolicy(MainMenu))
register_permission_policy(Footer, OwnLanguagePermissionPolicy(Footer))
register_snippet(MainMenuViewSet)
register_snippet(FooterViewSet)


@hooks.register("before_serve_page")
def send_untranslated_pages_to_their_source(page, request, serve_args, serve_kwargs):
    """An alias in another language is a page waiting for its translation (wagtail-localize
    makes one for each new French page), and a translation that is not live is in progress or
    was taken offline: the visitor goes to the French page itself, rather than reading French
    under an English address or meeting a broken link. Never a page that is not live."""
    if source := source_for_visitors(page):
        return redirect(source.get_url(request))
    if not page.live:
        raise Http404
    return None


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
def register_translator_urls():
    # Whoever may edit the alias, or the translation: translators of its language, Moderators.
    return [
        path(
            "translations/start/<int:page_id>/",
            StartTranslationView.as_view(),
            name="translations_start",
        ),
        path(
            "translations/update/<int:page_id>/",
            UpdateTranslationView.as_view(),
            name="translations_update",
        ),
        path(
            "translations/what-changed/<int:page_id>/",
            WhatChangedView.as_view(),
            name="translations_what_changed",
        ),
        path(
            "translations/memory/<int:page_id>/",
            TranslationMemoryView.as_view(),
            name="translations_memory",
        ),
        # Ahead of wagtail-localize's own view at this path (translations comes first in
        # INSTALLED_APPS): the same view, with the only language left ticked and a redirect
        # its user may follow.
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageForTranslationView.as_view(),
            name="translations_submit_page",
        ),
    ]


@hooks.register("before_edit_page")
def start_or_update_from_the_editor(request, page):
    """The alias's edit view offers to start its translation; the translation editor shows its
    translator's notices (notify_the_translator).

    Runs before wagtail-localize's hook (translations comes first in INSTALLED_APPS), whose
    alias view offers its own submission, refused to translators."""
    if page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        return render(
            request,
            "translations/edit_alias.html",
            {
                "page": page,
                "page_for_status": page,
                "content_type": page.cached_content_type,
                "locale": page.locale,
                "may_start": may_start(page, request.user),
                "translations": [
                    {
                        "locale": translation.locale,
                        "url": reverse("wagtailadmin_pages:edit", args=[translation.id]),
                    }
                    for translation in page.get_translations().select_related("locale")
                ],
            },
        )
    # Read once for every notice; a page that is no translation's target (a French page, a
    # translation edited by hand) has none.
    if request.method == "GET" and not page.alias_of_id and (translation := translation_for(page)):
        notify_the_translator(request, page, translation)
    return None


def notify_the_translator(request, page, translation):
    """Above the translation editor: when the French changed since the translation last
    followed it, the way to what changed and to the update; the glossary terms of the French
    page with the English to use for them; the way to the translation memory when strings
    still to translate were translated before elsewhere on the site; once every string is
    translated and not yet published, the submission (wagtail-localize's editor has no "Submit
    for moderation" of its own)."""
    if source_changed(translation):
        admin_messages.warning(
            request,
            _("The French page changed since this translation was last updated."),
            buttons=[
                admin_messages.button(
                    reverse("translations_what_changed", args=[page.id]), _("What changed")
                ),
                admin_messages.button(
                    reverse("translations_update", args=[page.id]), _("Update translation")
                ),
            ],
        )
    if terms := terms_in_source(page.translation_key):
        admin_messages.info(
            request,
            _("Glossary: %(terms)s.")
            % {"terms": "; ".join(f"{term.french} → {term.english}" for term in terms)},
        )
    if suggestions(translation)[1]:
        admin_messages.info(
            request,
            _("Some strings left to translate were translated before elsewhere on the site."),
            buttons=[
                admin_messages.button(
                    reverse("translations_memory", args=[page.id]), _("Translation memory")
                )
            ],
        )
    user = request.user
    # A moderator publishes it from the editor.
    if not may_submit_translation(page, user) or page.permissions_for_user(user).can_publish():
        return
    status = page_statuses([page.locale], translation_key=page.translation_key)
    if status and status[0].state == State.AWAITING_PUBLICATION:
        url = reverse("translations_submit_for_moderation", args=[page.id])
        admin_messages.info(
            request,
            _("Every string is translated: submit the translation when it is ready."),
            buttons=[admin_messages.button(url, _("Submit for moderation"))],
        )


@hooks.register("register_admin_urls")
def register_submit_for_moderation_url():
    return [
        path(
            "translations/submit-for-moderation/<int:page_id>/",
            SubmitTranslationView.as_view(),
            name="translations_submit_for_moderation",
        )
    ]


def submit_translation_button(page, user, view_name=None, next_url=None):
    # Shown to whoever may submit, translators first: they may not publish.
    if may_submit_translation(page, user):
        url = reverse("translations_submit_for_moderation", args=[page.id])
        label = _("Submit translation for moderation")
        yield Button(label, url, icon_name="resubmit", priority=61)


hooks.register("register_page_listing_more_buttons", submit_translation_button)
hooks.register("register_page_header_buttons", submit_translation_button)


@hooks.register("construct_explorer_page_queryset")
def annotate_submission_facts(parent_page, pages, request):
    # Read with the listing, so that its translation buttons ask no query per page.
    return pages.annotate(**submission_facts(), **listing_facts())


@hooks.register("register_admin_urls")
def guard_translation_saves():
    # Registered before wagtail-localize's own URLs (translations comes first in
    # INSTALLED_APPS), so these paths resolve to the checked views.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
            name="checked_upload_pofile",
        ),
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            checked_edit_string_translation,
            name="checked_edit_string_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            checked_machine_translate,
            name="checked_machine_translate",
        ),
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
    """Per language, how many pages are missing, in progress, out of date and up to date; for a
    translator, the pages waiting for them in their languages, each with its next step."""

    name = "translation_status"
    template_name = "translations/dashboard_panel.html"
    # After Wagtail's site summary, before the editors' own pages and recent edits.
    order = 150
    # The first ones; the report lists them all.
    waiting_shown = 10

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        statuses = page_statuses(pages=listed_pages(french_pages(), user).order_by("path"))
        languages = translated_languages(user)
        rights = PageRights(user)
        waiting = [
            status
            for status in statuses
            if status.locale.language_code in languages
            # What waits for a moderator is not the translator's to do.
            and status.state != State.UP_TO_DATE
            and not status.in_moderation
            and next_step(status, rights)
        ]
        return {
            "summaries": summaries(statuses),
            # Their rows (glossary, history) only for those shown.
            "waiting": row_actions(waiting[: self.waiting_shown], user),
            "more_waiting": len(waiting) > self.waiting_shown,
            "report_url": reverse("translations_status_report"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())


# Last, once this module's hooks are registered: listing.py imports wagtail-localize's hooks
# module, which registers its own hooks, and hooks run in the order they were registered (its
# before_edit_page answers with the translation editor: ours must come first). Its listing
# buttons are replaced by the same made from the listing's facts (listing.py); Wagtail has no
# way to unregister a hook but its registry.
from .listing import listing_facts, page_listing_more_buttons, translation_buttons  # noqa: E402

hooks._hooks["register_page_listing_more_buttons"].remove((page_listing_more_buttons, 0))
hooks.register("register_page_listing_more_buttons", translation_buttons)
