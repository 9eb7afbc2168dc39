from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translation workflow: who translates what, and where each page stands."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from translations import notifications, signals  # noqa: F401  (connect their handlers)
