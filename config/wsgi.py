import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# Imported once Django is set up: stored pages are served before Django handles the request.
from core.stored_pages import StoredPagesApplication  # noqa: E402

application = StoredPagesApplication(application)
