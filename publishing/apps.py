from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    """How content reaches visitors: the editorial groups and their rights, moderation, scheduled
    publishing, who reads the contact messages."""

    name = "publishing"
    verbose_name = _("Publishing")

    def ready(self):
        from publishing import signals  # noqa: F401  (connects its handler)
