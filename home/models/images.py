from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage


class SiteImage(AbstractImage):
    """The site's image model, ours from the first migration so that fields can be added to it."""

    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*WagtailImage.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        # Wagtail's image chooser asks for it; a custom image model declares it itself.
        permissions = [("choose_image", "Can choose image")]


def optional_image(verbose_name, help_text=""):
    """A field for one of the site's images, optional, emptied if the image is deleted."""
    return models.ForeignKey(
        SiteImage,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
        verbose_name = _("image rendition")
        verbose_name_plural = _("image renditions")
