from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fragments import later
from core.pages import for_visitors
from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage, OrderedLink
from home.relations import linked_pages, pages_linking_to, paginate, with_images
from home.structured_data import describe


class ProjectPage(BasePage):
    """A research project with a national label: PreciDIAB."""

    label = models.CharField(_("label"), max_length=255, blank=True)
    label_description = RichTextField(
        _("what the label means"), features=RICH_TEXT_FEATURES, blank=True
    )
    mission = RichTextField(_("mission"), features=RICH_TEXT_FEATURES, blank=True)
    funding_amount = models.PositiveBigIntegerField(_("funding (euros)"), null=True, blank=True)
    funding_start_year = models.PositiveSmallIntegerField(_("funded from"), null=True, blank=True)
    funding_end_year = models.PositiveSmallIntegerField(_("funded until"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("label"), FieldPanel("label_description"), FieldPanel("mission")],
            heading=_("Label and mission"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("funding_amount"),
                FieldPanel("funding_start_year"),
                FieldPanel("funding_end_year"),
            ],
            heading=_("Funding"),
        ),
        InlinePanel(
            "establishment_links", heading=_("Partner establishments"), label=_("establishment")
        ),
        InlinePanel("funder_links", heading=_("Funders"), label=_("funder")),
    ]
    # Amounts, years and partners are facts: the same in every language.
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("label"),
        TranslatableField("label_description"),
        TranslatableField("mission"),
        SynchronizedField("funding_amount", overridable=False),
        SynchronizedField("funding_start_year", overridable=False),
        SynchronizedField("funding_end_year", overridable=False),
        SynchronizedField("establishment_links", overridable=False),
        SynchronizedField("funder_links", overridable=False),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("label"),
        index.SearchField("label_description"),
        index.SearchField("mission"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    @property
    def funding_in_millions(self):
        return Decimal(self.funding_amount) / 1_000_000

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["establishments"] = later(lambda: linked_pages(self, self.establishment_links))
        context["funders"] = later(lambda: linked_pages(self, self.funder_links))
        return context

    def structured_data(self, context):
        """The project as search engines describe one: its funders and its funding."""
        request = context["request"]
        project = describe(self, request, "ResearchProject")
        if funders := context.get("funders"):
            project["funder"] = [
                {"@type": "Organization", "name": page.title, "url": page.get_full_url(request)}
                for page in funders
            ]
        if self.funding_amount:
            amount = {"@type": "MonetaryAmount", "value": self.funding_amount, "currency": "EUR"}
            project["funding"] = {"@type": "MonetaryGrant", "amount": amount}
        return project


class ResearchIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "research.ResearchProgramPage",
        "research.InstitutePage",
        "research.PlatformPage",
    ]
    max_count_per_parent = 1
    template = "index_page.html"
    # Each section's page number (core/stored_pages.py stores these pages).
    page_parameters = ("programs", "institutes", "platforms")

    class Meta:
        verbose_name = _("research index")
        verbose_name_plural = _("research indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = [
            _("Fields of excellence"),
            _("Institutes and networks"),
            _("Research platforms"),
        ]
        models = [ResearchProgramPage, InstitutePage, PlatformPage]
        context["sections"] = later(
            lambda: [
                (title, parameter, paginate(request, self.cards(model), parameter))
                for title, parameter, model in zip(
                    sections, self.page_parameters, models, strict=True
                )
            ]
        )
        return context

    def cards(self, model):
        return with_images(for_visitors(model.objects.child_of(self)).order_by("path"))


class ResearchProgramPage(BasePage):
    """A field of excellence."""

    content_panels = [
        *BasePage.content_panels,
        InlinePanel("institute_links", heading=_("Institutes"), label=_("institute")),
        InlinePanel("platform_links", heading=_("Platforms"), label=_("platform")),
        InlinePanel("partner_links", heading=_("Partners"), label=_("partner")),
    ]
    # Links are shown in the reader's language when they are read (home/relations.py).
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("institute_links", overridable=False),
        SynchronizedField("platform_links", overridable=False),
        SynchronizedField("partner_links", overridable=False),
    ]

    parent_page_types = ["research.ResearchIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("field of excellence")
        verbose_name_plural = _("fields of excellence")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["institutes"] = later(lambda: linked_pages(self, self.institute_links))
        context["platforms"] = later(lambda: linked_pages(self, self.platform_links))
        context["partners"] = later(lambda: linked_pages(self, self.partner_links))
        return context


class InstitutePage(BasePage):
    """An institute or nation-wide research network."""

    parent_page_types = ["research.ResearchIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("institute")
        verbose_name_plural = _("institutes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programs"] = later(lambda: pages_linking_to(self, self.program_links))
        return context


class PlatformPage(BasePage):
    """A research platform: what it offers and its equipment."""

    equipment = RichTextField(_("equipment"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("equipment")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("equipment")]
    search_fields = [*BasePage.search_fields, index.SearchField("equipment")]

    parent_page_types = ["research.ResearchIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("platform")
        verbose_name_plural = _("platforms")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programs"] = later(lambda: pages_linking_to(self, self.program_links))
        return context


class ProgramInstitute(OrderedLink):
    target_field = "institute"
    page = ParentalKey(
        ResearchProgramPage, related_name="institute_links", on_delete=models.CASCADE
    )
    institute = models.ForeignKey(
        InstitutePage,
        verbose_name=_("institute"),
        on_delete=models.CASCADE,
        related_name="program_links",
    )
    panels = [FieldPanel("institute")]

    class Meta(OrderedLink.Meta):
        verbose_name = _("institute of a field of excellence")
        verbose_name_plural = _("institutes of a field of excellence")


class ProgramPlatform(OrderedLink):
    target_field = "platform"
    page = ParentalKey(
        ResearchProgramPage, related_name="platform_links", on_delete=models.CASCADE
    )
    platform = models.ForeignKey(
        PlatformPage,
        verbose_name=_("platform"),
        on_delete=models.CASCADE,
        related_name="program_links",
    )
    panels = [FieldPanel("platform")]

    class Meta(OrderedLink.Meta):
        verbose_name = _("platform of a field of excellence")
        verbose_name_plural = _("platforms of a field of excellence")


class ProgramPartner(OrderedLink):
    target_field = "partner"
    page = ParentalKey(ResearchProgramPage, related_name="partner_links", on_delete=models.CASCADE)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="program_links",
    )
    panels = [FieldPanel("partner")]

    class Meta(OrderedLink.Meta):
        verbose_name = _("partner of a field of excellence")
        verbose_name_plural = _("partners of a field of excellence")


class ProjectEstablishment(OrderedLink):
    target_field = "partner"
    page = ParentalKey(ProjectPage, related_name="establishment_links", on_delete=models.CASCADE)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("establishment"),
        on_delete=models.CASCADE,
        related_name="project_establishment_links",
    )
    panels = [FieldPanel("partner")]

    class Meta(OrderedLink.Meta):
        verbose_name = _("partner establishment of a project")
        verbose_name_plural = _("partner establishments of a project")


class ProjectFunder(OrderedLink):
    target_field = "partner"
    page = ParentalKey(ProjectPage, related_name="funder_links", on_delete=models.CASCADE)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("funder"),
        on_delete=models.CASCADE,
        related_name="project_funder_links",
    )
    panels = [FieldPanel("partner")]

    class Meta(OrderedLink.Meta):
        verbose_name = _("funder of a project")
        verbose_name_plural = _("funders of a project")
