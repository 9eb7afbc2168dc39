from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    # No models: an app for ready(), which has content changes start a new page generation.
    name = "core"
    verbose_name = _("Request pipeline")

    def ready(self):
        from core import generations

        generations.connect_signals()
