from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    # No models: an app so that Django runs ready() and finds the page cache's signal wiring.
    name = "core"
    verbose_name = _("Request pipeline")

    def ready(self):
        from core import generations

        generations.connect_signals()
