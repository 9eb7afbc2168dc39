"""Prints, as JSON, the addresses the benches load, read from the demo content.

Run with the bench's production environment (bench/server.py does it).
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.templatetags.static import static  # noqa: E402

from agenda.models import EventIndexPage, EventPage  # noqa: E402
from home.models import ContactPage, StandardPage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from partners.models import PartnerIndexPage, PartnerPage  # noqa: E402
from research.models import (  # noqa: E402
    InstitutePage,
    PlatformPage,
    ProjectPage,
    ResearchIndexPage,
    ResearchProgramPage,
)


def first(model, language="fr"):
    return model.objects.live().filter(locale__language_code=language).first().url


print(
    json.dumps(
        {
            "home": "/fr/",
            "english home": "/en/",
            "program": first(ResearchProgramPage),
            "english program": first(ResearchProgramPage, "en"),
            "news item": first(NewsPage),
            "english news item": first(NewsPage, "en"),
            "partners": first(PartnerIndexPage),
            "partner": first(PartnerPage),
            "research": first(ResearchIndexPage),
            "institute": first(InstitutePage),
            "platform": first(PlatformPage),
            "project": first(ProjectPage),
            "standard": first(StandardPage),
            "contact": first(ContactPage),
            "news": first(NewsIndexPage),
            "agenda": first(EventIndexPage),
            "event": first(EventPage),
            "search": "/fr/rechercher/?q=diabete",
            "static": static("css/site.css"),
            "session cookie": settings.SESSION_COOKIE_NAME,
        }
    )
)
