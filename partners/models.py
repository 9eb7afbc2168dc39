from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from core.fragments import later
from core.pages import for_visitors
from home.models import BasePage
from home.models.images import optional_image
from home.relations import pages_linking_to, paginate, with_images


class PartnerKind(models.TextChoices):
    ESTABLISHMENT = "establishment", _("Partner establishment")
    RESEARCH_ORGANISATION = "research_organisation", _("Research organisation")
    FUNDER = "funder", _("Funder")


class PartnerIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count_per_parent = 1
    template = "index_page.html"
    # Each kind's page number (core/stored_pages.py stores these pages).
    page_parameters = tuple(PartnerKind.values)

    class Meta:
        verbose_name = _("partner index")
        verbose_name_plural = _("partner indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = with_images(for_visitors(PartnerPage.objects.child_of(self))).order_by("title")
        context["sections"] = later(
            lambda: [
                (label, kind, paginate(request, partners.filter(kind=kind), kind))
                for kind, label in PartnerKind.choices
            ]
        )
        return context


class PartnerPage(BasePage):
    kind = models.CharField(_("kind"), max_length=32, choices=PartnerKind.choices)
    logo = optional_image(_("logo"))
    website = models.URLField(_("website"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("logo"), FieldPanel("website")],
            heading=_("Partner"),
        ),
    ]
    # A partner may have an English logo or an English version of its website.
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("kind", overridable=False),
        SynchronizedField("logo"),
        SynchronizedField("website"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def card_kind(self):
        return self.get_kind_display()

    def get_context(self, request, *args, **kwargs):
        # Research's link models name these reverse relations, so partners need not import it.
        context = super().get_context(request, *args, **kwargs)
        context["programs"] = later(lambda: pages_linking_to(self, self.program_links))
        context["projects"] = later(
            lambda: [
                *pages_linking_to(self, self.project_establishment_links),
                *pages_linking_to(self, self.project_funder_links),
            ]
        )
        return context
