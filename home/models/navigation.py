"""The main menu and the footer: translatable snippets the communications team edits.

One of each per language, with drafts, revisions, previews and moderation (the site's
workflow: Editors submit, Moderators approve; publishing/moderation.py). Their links point at
pages of the source language or at other sites; a page link is shown as that page's live
translation in the reader's language, as every page link of the site is (home/relations.py).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import (
    DraftStateMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .links import OrderedLink


class NavigationLink(TranslatableMixin, OrderedLink):
    """A link to a page of the site or to another site; its label is translated."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("external address"), blank=True)
    label = models.CharField(
        _("label"),
        max_length=80,
        blank=True,
        help_text=_("Leave empty to use the page’s title, in each language."),
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]
    # A translator may point the English menu at another page or at a site's English version.
    translatable_fields = [
        SynchronizedField("page"),
        SynchronizedField("url"),
        TranslatableField("label"),
    ]

    class Meta(TranslatableMixin.Meta, OrderedLink.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Choose a page or enter an external address, not both."))
        if self.url and not self.label:
            raise ValidationError({"label": _("A link to another site needs a label.")})


class NavigationSnippet(
    WorkflowMixin,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    ClusterableModel,
):
    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "home/navigation_preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "preview": self}


class MainMenu(NavigationSnippet):
    name = models.CharField(_("name"), max_length=80, default="Menu principal")
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="main_menu")

    panels = [FieldPanel("name"), InlinePanel("items", heading=_("Links"), label=_("Link"))]
    # Publishing dates are left out: each language's menu is scheduled on its own.
    translatable_fields = [TranslatableField("name"), TranslatableField("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")


class MainMenuItem(NavigationLink):
    menu = ParentalKey(MainMenu, on_delete=models.CASCADE, related_name="items")

    class Meta(NavigationLink.Meta):
        verbose_name = _("menu link")
        verbose_name_plural = _("menu links")


class Footer(NavigationSnippet):
    name = models.CharField(_("name"), max_length=80, default="Pied de page")
    description = models.TextField(_("description"), blank=True)
    legal_line = models.CharField(_("legal line"), max_length=255, blank=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="footer")

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        InlinePanel("links", heading=_("Links"), label=_("Link")),
        FieldPanel("legal_line"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("links"),
        TranslatableField("legal_line"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")


class FooterLink(NavigationLink):
    footer = ParentalKey(Footer, on_delete=models.CASCADE, related_name="links")

    class Meta(NavigationLink.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")
