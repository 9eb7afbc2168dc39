from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    # The package is not named `events`: a library of that name is on the path (opensearch-py
    # imports it), and ours would hide it. Its label stays `events`, the models' app.
    name = "agenda"
    label = "events"
    verbose_name = _("Events")
