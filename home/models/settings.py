from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from core.shared_parts import shared_part

from .images import optional_image

# Each network under its own name, the same in every language.
SOCIAL_NETWORKS = [
    ("bluesky", "Bluesky"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("mastodon", "Mastodon"),
    ("x", "X"),
    ("youtube", "YouTube"),
]


class SocialLinkValue(blocks.StructValue):
    @property
    def name(self):
        return dict(SOCIAL_NETWORKS)[self["network"]]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(label=_("Network"), choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock(label=_("Address of the account"))

    class Meta:
        icon = "link-external"
        label = _("Social network")
        value_class = SocialLinkValue


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What editors tune for the whole site without code: its accounts on social networks,
    the picture shared when a page has none, and the contact page the footer shows."""

    social_links = StreamField(
        [("link", SocialLinkBlock())],
        verbose_name=_("social networks"),
        blank=True,
        help_text=_("The school’s accounts, linked at the foot of every page."),
    )
    default_social_image = optional_image(
        _("default social image"), _("Shared with pages that have no image of their own.")
    )
    contact_page = models.ForeignKey(
        "home.ContactPage",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its address and numbers are shown at the foot of every page."),
    )

    # Fetched with the settings, in the same query.
    select_related = ["default_social_image", "contact_page"]

    panels = [
        FieldPanel("social_links"),
        FieldPanel("default_social_image"),
        FieldPanel("contact_page"),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    @classmethod
    def for_request(cls, request):
        """The request's site's settings. The same on every page and changed only by editors,
        so kept with the parts every page shares (core/shared_parts.py)."""
        load = super().for_request
        return shared_part(request, "site-settings", lambda: load(request))

    @property
    def footer_contact(self):
        """The contact page whose details the footer shows, once it is published."""
        page = self.contact_page
        return page if page and page.live else None
