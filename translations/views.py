"""The translation status report, and publishing a page with its translations."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from .publishing import publish_together, waiting_versions
from .report import STATE_DESCRIPTIONS, State, page_statuses, source_locale, target_locales


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
        locales = target_locales(source_locale())
        form = StatusFilterForm(self.request.GET, locales=locales)
        # Invalid values (a language since removed, a mistyped link) are shown as errors and
        # ignored rather than answering with nothing.
        chosen = form.cleaned_data if form.is_valid() else {}
        if code := chosen.get("locale"):
            locales = [locale for locale in locales if locale.language_code == code]
        statuses = page_statuses(locales)
        if state := chosen.get("state"):
            statuses = [status for status in statuses if status.state == state]
        paginator = WagtailPaginator(statuses, self.paginate_by)
        page = paginator.get_page(self.request.GET.get("p"))
        context.update(
            form=form,
            states=[(state.label, STATE_DESCRIPTIONS[state]) for state in State],
            statuses=page.object_list,
            page_obj=page,
            paginator=paginator,
            elided_page_range=paginator.get_elided_page_range(page.number),
            index_url=reverse("translations_status_report"),
        )
        return context


class PublishWithTranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then publish a page's waiting drafts in every language at once."""

    template_name = "translations/publish_with_translations.html"
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
