"""The translation status report: every French page with its state in each other language."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

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
