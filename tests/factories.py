from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from agenda.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage
from research.models import (
    InstitutePage,
    PlatformPage,
    ProjectPage,
    ResearchIndexPage,
    ResearchProgramPage,
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = "accueil"
    introduction = "La recherche à la Faculté de médecine de Lille."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    introduction = "Une page du site."

    class Meta:
        model = StandardPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = "PreciDIAB"
    slug = "precidiab"
    introduction = "Centre national de médecine de précision du diabète."
    label = "Centre national de médecine de précision"
    funding_amount = 23_000_000
    funding_start_year = 2020
    funding_end_year = 2025

    class Meta:
        model = ProjectPage


class ResearchIndexPageFactory(wagtail_factories.PageFactory):
    title = "Recherche"
    slug = "recherche"

    class Meta:
        model = ResearchIndexPage


class ResearchProgramPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Domaine {n}")
    introduction = "Un domaine d’excellence."

    class Meta:
        model = ResearchProgramPage


class InstitutePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Institut {n}")
    introduction = "Un institut."

    class Meta:
        model = InstitutePage


class PlatformPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Plateforme {n}")
    introduction = "Une plateforme."

    class Meta:
        model = PlatformPage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partenaires"
    slug = "partenaires"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partenaire {n}")
    introduction = "Un partenaire."
    kind = PartnerKind.RESEARCH_ORGANISATION

    class Meta:
        model = PartnerPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """An event in a week's time, for two hours; `start` moves the end with it."""

    title = factory.Sequence(lambda n: f"Séminaire {n}")
    introduction = "Un séminaire de recherche."
    start = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    place = "Amphithéâtre A, Faculté de médecine, Lille"

    class Meta:
        model = EventPage


# The contact form as an editor would build it: a name, an e-mail address and a message.
CONTACT_FORM_FIELDS = [
    {"label": "Nom", "field_type": "singleline"},
    {"label": "Adresse électronique", "field_type": "email"},
    {
        "label": "Message",
        "field_type": "multiline",
        "help_text": "Précisez l’équipe ou le projet concerné.",
    },
]


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact"
    slug = "contact"
    introduction = "Écrivez-nous, nous vous répondrons."
    address = "Faculté de médecine de Lille\nPôle Recherche\nF-59045 Lille Cedex"
    telephone = "+33 3 20 62 68 00"
    fax = "+33 3 20 62 68 01"
    thank_you_text = "<p>Merci, votre message nous est parvenu.</p>"

    class Meta:
        model = "home.ContactPage"
        skip_postgeneration_save = True

    @factory.post_generation
    def form_fields(page, create, extracted, **kwargs):
        """`form_fields=[...]` replaces the default fields (dicts of ContactFormField values)."""
        if not create:
            return
        for order, values in enumerate(CONTACT_FORM_FIELDS if extracted is None else extracted):
            page.form_fields.model.objects.create(page=page, sort_order=order, **values)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actualités"
    slug = "actualites"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Actualité {n}")
    introduction = "Une actualité de la recherche."

    class Meta:
        model = NewsPage
