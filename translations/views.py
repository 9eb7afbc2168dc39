"""The translation status report; starting and updating a translation, and what changed since."""

from urllib.parse import urlsplit

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from wording.changes import changes

from .report import (
    STATE_DESCRIPTIONS,
    State,
    french_pages,
    listed_pages,
    page_statuses,
    row_actions,
    source_locale,
    target_locales,
)
from .starting import may_start, start_translation
from .updating import translation_for, update_translation


class StatusFilterForm(forms.Form):
    """The report's filters, sent as GET parameters so that a filtered report has its own URL
    (the dashboard panel links to them)."""

    locale = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(
        label=_("State"), required=False, choices=[("", _("All states")), *State.choices]
    )

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [
            ("", _("All languages")),
            *((locale.language_code, locale.get_display_name()) for locale in locales),
        ]


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/status_report.html"
    page_title = _("Translation status")
    header_icon = "site"
    paginate_by = 50

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source = source_locale()
        locales = target_locales(source)
        form = StatusFilterForm(self.request.GET, locales=locales)
        # Invalid values (a language since removed, a mistyped link) are shown as errors and
        # ignored rather than answering with nothing.
        chosen = form.cleaned_data if form.is_valid() else {}
        if code := chosen.get("locale"):
            locales = [locale for locale in locales if locale.language_code == code]
        pages = listed_pages(french_pages(source), self.request.user).order_by("path")
        if state := chosen.get("state"):
            # A state is known once worked out: for every page, then a page of the report.
            statuses = [
                status for status in page_statuses(locales, pages=pages) if status.state == state
            ]
            paginator = WagtailPaginator(statuses, self.paginate_by)
            page = paginator.get_page(self.request.GET.get("p"))
            statuses = page.object_list
        else:
            # Only the pages of this page of the report, each in every language.
            paginator = WagtailPaginator(pages, self.paginate_by)
            page = paginator.get_page(self.request.GET.get("p"))
            statuses = page_statuses(locales, pages=page.object_list)
        context.update(
            form=form,
            states=[(state.label, STATE_DESCRIPTIONS[state]) for state in State],
            rows=row_actions(statuses, self.request.user),
            page_obj=page,
            paginator=paginator,
            elided_page_range=paginator.get_elided_page_range(page.number),
            index_url=reverse("translations_status_report"),
        )
        return context


class StartTranslationView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then turn an alias into a translation of the published French page."""

    template_name = "translations/start_translation.html"
    page_title = _("Start translation")
    header_icon = "site"

    def dispatch(self, request, page_id):
        self.alias = get_object_or_404(Page, id=page_id)
        if not self.alias.alias_of_id:  # started already (a second click)
            return redirect("wagtailadmin_pages:edit", self.alias.id)
        if not may_start(self.alias, request.user):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.alias.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "alias": self.alias}

    def post(self, request, page_id):
        start_translation(self.alias, request.user)
        messages.success(
            request,
            _("The translation of “%(title)s” has started: translate it, then submit it.")
            % {"title": self.alias.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", self.alias.id)


class TranslatedPageMixin:
    """A view of the wagtail-localize translation of page `page_id`, for whoever may edit that
    page: its language's translators, Moderators."""

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, id=page_id)
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.translation = translation_for(self.page)
        if self.translation is None:
            raise Http404
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()


class UpdateTranslationView(TranslatedPageMixin, WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then bring a translation up to date with its published French page."""

    template_name = "translations/update_translation.html"
    page_title = _("Update translation")
    header_icon = "resubmit"

    def get_context_data(self, **kwargs):
        source = self.translation.source
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            "french": source.get_source_instance(),
            "extracted_at": source.last_updated_at,
        }

    def post(self, request, page_id):
        update_translation(self.translation, request.user)
        messages.success(
            request,
            _("“%(title)s” is up to date with the French: check the strings marked as changed.")
            % {"title": self.page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", self.page.id)


class SubmitPageForTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", with the only language left already ticked,
    and sending whoever may not edit the new translation back to the French page's siblings
    rather than to an editor they are refused."""

    def get_form(self):
        form = super().get_form()
        languages = form.fields["locales"].queryset
        if not form.is_bound and not form.initial and len(languages) == 1:
            form.initial = {"locales": list(languages)}
        return form

    def get_success_url(self):
        # The alias's edit view sends its own address, which becomes the translation's editor.
        url = super().get_success_url()
        return url if url and may_open(url, self.request.user) else None

    def get_default_success_url(self, translated_page=None):
        if translated_page and translated_page.permissions_for_user(self.request.user).can_edit():
            return reverse("wagtailadmin_pages:edit", args=[translated_page.id])
        return reverse("wagtailadmin_explore", args=[self.object.get_parent().id])


def may_open(url, user):
    """False when `url` is a page editor that `user` may not open."""
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return True
    if match.view_name != "wagtailadmin_pages:edit":
        return True
    page = Page.objects.filter(id=match.kwargs["page_id"]).first()
    return page is None or page.permissions_for_user(user).can_edit()


class WhatChangedView(TranslatedPageMixin, WagtailAdminTemplateMixin, TemplateView):
    """The French changes since the translation last followed it, beside the English."""

    template_name = "translations/what_changed.html"
    page_title = _("What changed in the French")
    header_icon = "history"

    def get_context_data(self, **kwargs):
        segments, then_found = changes(self.translation)
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            "changed": [segment for segment in segments if segment.changed],
            "unchanged": [segment for segment in segments if not segment.changed],
            "then_found": then_found,
        }
