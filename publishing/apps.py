from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    """How content reaches visitors: moderation, scheduled publishing, redirects."""

    name = "publishing"
    verbose_name = _("Publishing")
