from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translation workflow with wagtail-localize, from a new page's alias to its published
    translation, and where each page stands."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from translations import history, notifications, signals  # noqa: F401  (connect handlers)
