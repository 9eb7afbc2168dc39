from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fragments import later, page_fragment
from core.stored_pages import store_until
from core.timed_pages import kept_changes_at
from home.blocks import BodyBlock
from home.features import HomeFeaturesBlock, featured_sections
from home.permissions import SitePagePermissionTester
from home.slugs import slug_left_untranslated
from home.structured_data import describe

from .images import optional_image
from .seo import SeoFields
from .settings import SiteSettings


def source_for_visitors(page):
    """The live French page a visitor of `page`'s address is sent to: `page` is an alias, or a
    translation offline (in progress, or taken offline) whose address was or will be shared.
    None for a French page, or when the French page is not live either."""
    if not page.alias_of_id and page.live:
        return None
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(locale_id=page.locale_id)
        .first()
    )


class BasePage(SeoFields, Page):
    """What every page of the site has: a short introduction, a StreamField body, and what
    search engines and social networks read (SeoFields)."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and on cards."),
    )
    image = optional_image(_("image"), _("Shown at the top of the page and on its card."))
    image_alt = models.CharField(
        _("image alt text"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    # What a translator translates, and what every language shares with the French page.
    # Overridable: a translator may choose another, e.g. an image with English words in it.
    # Each page type adds its own fields to this list; tests/test_translatable_fields.py
    # fails when a field is in none.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus", overridable=False),
        TranslatableField("introduction"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
        TranslatableField("body"),
        # Whether search engines list a page is decided once, for every language.
        SynchronizedField("social_image", overridable=True),
        SynchronizedField("noindex", overridable=False),
    ]

    def permissions_for_user(self, user):
        return SitePagePermissionTester(user, self)

    def save(self, clean=True, **kwargs):
        if clean and slug_left_untranslated(self):
            self.slug = ""  # Wagtail makes it from the title (home/slugs.py)
        return super().save(clean=clean, **kwargs)

    class Meta:
        abstract = True

    def route(self, request, path_components):
        # Wagtail answers 404 for a page that is not live before any hook runs: such a page
        # with a live French version is routed, so that the hook sends the visitor there
        # (translations/wagtail_hooks.py).
        if not path_components and not self.live and source_for_visitors(self):
            return RouteResult(self)
        return super().route(request, path_components)

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Describe the image for people who cannot see it.")}
            )

    def structured_data(self, context):
        """What search engines are told the page describes, if anything (a schema.org dict)."""
        return None

    def get_view_restrictions(self):
        # Set before the page is served when no page is private (core/wagtail_hooks.py).
        if getattr(self, "site_has_no_view_restrictions", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def changes_at(self, request):
        """When the page next changes with the clock rather than with a publish (an event
        ends), or None."""
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fragment"] = page_fragment(request, self, self.changes_at(request))
        return context

    def card_kind(self):
        """What the page is, as its card says under the title: the name of its type."""
        return capfirst(self._meta.verbose_name)


class HomePage(BasePage):
    features = StreamField(
        HomeFeaturesBlock(),
        verbose_name=_("featured"),
        blank=True,
        help_text=_("What the home leads to, in the order shown, after its introduction."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("features")]
    # Headings are translated; the chosen pages are shown in the reader's language.
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("features")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "research.ProjectPage",
        "research.ResearchIndexPage",
        "partners.PartnerIndexPage",
        "events.EventIndexPage",
        "news.NewsIndexPage",
        "home.ContactPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_sections"] = later(lambda: self.sections)
        return context

    def serve(self, request, *args, **kwargs):
        # The next events change with the clock, not with a publish: the home is stored no
        # longer than the agenda would be.
        response = super().serve(request, *args, **kwargs)
        store_until(response, self.changes_at(request))
        return response

    def changes_at(self, request):
        return kept_changes_at(request, self, self.next_listing_change)

    @cached_property
    def sections(self):
        """The featured sections, worked out once for the HTML and for next_listing_change."""
        return featured_sections(self)

    def next_listing_change(self):
        """When the next of the featured agendas' events ends: the next events change then."""
        listings = [section.get("listing") for section in self.sections]
        agendas = [listing for listing in listings if hasattr(listing, "next_change")]
        return min(filter(None, (agenda.next_change() for agenda in agendas)), default=None)

    def structured_data(self, context):
        """The school: this page's facts, the contact page's, and the school's accounts."""
        request = context["request"]
        school = describe(self, request, "CollegeOrUniversity")
        school["name"] = gettext("Lille University School of Medicine")
        settings = SiteSettings.for_request(request)
        if contact := settings.footer_contact:
            if contact.address:
                school["address"] = ", ".join(contact.address.splitlines())
            if contact.telephone:
                school["telephone"] = contact.telephone
            if contact.fax:
                school["faxNumber"] = contact.fax
        if settings.social_links:
            school["sameAs"] = [link.value["url"] for link in settings.social_links]
        return school


class StandardPage(BasePage):
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
