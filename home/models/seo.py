from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from .images import optional_image


class SeoFields(models.Model):
    """What search engines and social networks read about a page, beside Wagtail's own title
    tag and meta description. The fallbacks read BasePage's introduction and image."""

    social_image = optional_image(
        _("social image"),
        _(
            "Shown when the page is shared on social networks. Without one, the page’s image; "
            "without that, the site’s default social image."
        ),
    )
    noindex = models.BooleanField(
        _("hide from search engines"),
        default=False,
        help_text=_("Search engines are asked not to list this page; the sitemap leaves it out."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("noindex")],
            heading=_("For social networks and search engines"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.introduction

    def sharing_image(self, default=None):
        """The image shown when the page is shared, and its alt text."""
        if self.social_image:
            return self.social_image, self.social_image.description
        if self.image:
            return self.image, self.image_alt
        if default:
            return default, default.description
        return None, ""
