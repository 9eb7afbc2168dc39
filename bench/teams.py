"""A site of research teams for the benchmarks that need thousands of pages: their texts in
French and English, and the database they are written to.

Each team works on a disease through a method, with a sentence of the demo content; pages are
written in bulk, as add_child would put them (bench/search.py, bench/memory.py).
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

DISEASES = [
    ("le diabète", "diabetes"),
    ("l’obésité", "obesity"),
    ("le cancer du sein", "breast cancer"),
    ("le cancer du poumon", "lung cancer"),
    ("la maladie d’Alzheimer", "Alzheimer’s disease"),
    ("la maladie de Parkinson", "Parkinson’s disease"),
    ("la sclérose en plaques", "multiple sclerosis"),
    ("l’insuffisance cardiaque", "heart failure"),
    ("l’hypertension artérielle", "high blood pressure"),
    ("l’asthme", "asthma"),
    ("la maladie de Crohn", "Crohn’s disease"),
    ("la polyarthrite rhumatoïde", "rheumatoid arthritis"),
    ("la leucémie", "leukaemia"),
    ("le lymphome", "lymphoma"),
    ("l’épilepsie", "epilepsy"),
    ("la stéatose hépatique", "fatty liver disease"),
    ("l’insuffisance rénale", "kidney failure"),
    ("la mucoviscidose", "cystic fibrosis"),
    ("la tuberculose", "tuberculosis"),
    ("le paludisme", "malaria"),
    ("la grippe", "influenza"),
    ("la dépression", "depression"),
    ("la schizophrénie", "schizophrenia"),
    ("l’autisme", "autism"),
    ("l’ostéoporose", "osteoporosis"),
    ("le glaucome", "glaucoma"),
    ("le psoriasis", "psoriasis"),
    ("l’endométriose", "endometriosis"),
    ("le sepsis", "sepsis"),
    ("l’accident vasculaire cérébral", "stroke"),
]
METHODS = [
    ("l’imagerie par résonance magnétique", "magnetic resonance imaging"),
    ("la génomique", "genomics"),
    ("la protéomique", "proteomics"),
    ("la métabolomique", "metabolomics"),
    ("les essais cliniques", "clinical trials"),
    ("les modèles animaux", "animal models"),
    ("les organoïdes", "organoids"),
    ("l’intelligence artificielle", "artificial intelligence"),
    ("l’épidémiologie", "epidemiology"),
    ("la biostatistique", "biostatistics"),
    ("la microscopie électronique", "electron microscopy"),
    ("la cytométrie en flux", "flow cytometry"),
    ("la thérapie génique", "gene therapy"),
    ("l’immunothérapie", "immunotherapy"),
    ("les cellules souches", "stem cells"),
    ("la chirurgie robotique", "robotic surgery"),
    ("la pharmacologie", "pharmacology"),
    ("la bio-informatique", "bioinformatics"),
    ("la tomographie par émission de positons", "positron emission tomography"),
    ("le séquençage à haut débit", "high-throughput sequencing"),
]


def server_url():
    return urlsplit(os.environ.get("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/"))


def admin_connection():
    url = server_url()
    return psycopg.connect(urlunsplit(url._replace(path="/postgres")), autocommit=True)


def setup_django(database):
    """Django on the test settings, on `database` of the benchmark's PostgreSQL server."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["TEST_DATABASE_URL"] = urlunsplit(server_url()._replace(path=f"/{database}"))
    import django

    django.setup()


def create_database(database):
    with admin_connection() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {database}")
        admin.execute(f"CREATE DATABASE {database}")


def drop_database(database):
    with admin_connection() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def page_texts(number, chance, demo):
    """A team's page, as (title, introduction, body) in French and in English."""
    disease, other_disease = chance.sample(DISEASES, 2)
    method, other_method = chance.sample(METHODS, 2)
    sentence = chance.choice(demo)
    french = (
        f"Équipe {number} : {disease[0]} et {method[0]}",
        f"Une équipe de recherche sur {disease[0]}, par {method[0]}.",
        f"<p>Le projet associe {other_method[0]} à l’étude de {other_disease[0]}, avec les "
        f"hôpitaux universitaires.</p><p>{sentence.fr}</p>",
    )
    english = (
        f"Team {number}: {disease[1]} and {method[1]}",
        f"A research team working on {disease[1]}, through {method[1]}.",
        f"<p>The project brings {other_method[1]} to the study of {other_disease[1]}, with the "
        f"university hospitals.</p><p>{sentence.en}</p>",
    )
    return {"fr": french, "en": english}


def add_children(parent, pages):
    """Put `pages` under `parent` as add_child would, in bulk: one insert for all their page
    rows, one per page for its own table (raw: no indexing, no reference index on the way)."""
    from wagtail.models import Page

    for number, page in enumerate(pages, parent.numchild + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, number)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = parent.locale_id
    Page.objects.bulk_create(pages)
    for page in pages:
        page.page_ptr_id = page.id
        page.save_base(raw=True)
    parent.numchild += len(pages)
    parent.save(update_fields=["numchild"])
    return pages


def paragraphs(text):
    """A team page's title, introduction and paragraphs, as wagtail-localize segments them."""
    title, introduction, body = text
    return [title, introduction, *body.removeprefix("<p>").removesuffix("</p>").split("</p><p>")]


def english_strings(segments, text, english):
    """wagtail-localize's English of a team page's `segments` (StringSegments with their
    string), from the team's text in both languages: unsaved, for one bulk_create."""
    from wagtail_localize.models import StringTranslation

    in_english = dict(zip(paragraphs(text["fr"]), paragraphs(text["en"]), strict=True))
    return [
        StringTranslation(
            translation_of_id=segment.string_id,
            context_id=segment.context_id,
            locale=english,
            data=in_english.get(segment.string.data, segment.string.data),
        )
        for segment in segments
    ]
