"""How fast the site search answers on a site of 5,000 pages per language.

    .venv/bin/python bench/search.py

Creates the PostgreSQL database `bench_search` (on the server of TEST_DATABASE_URL, by
default postgres://postgres@127.0.0.1:5432/), migrates it and writes 5,000 French pages and
their 5,000 English twins: research teams, each on a disease and a method, with a sentence of
the demo content. It indexes them with `update_index`, then times what the search page asks
the database for a query (promotions, the count, one page of ranked results, their extracts
and breadcrumbs) for realistic queries in each language, from rare words to the most common.
It prints a table and, last, the median and 95th percentile over every query. The database is
dropped at the end. BENCH_PAGES changes the number of pages per language.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

PAGES = int(os.environ.get("BENCH_PAGES", 5000))
REPEAT = 20
DATABASE = "bench_search"
QUERIES = {
    "fr": [
        "diabète",
        "diabétiques",
        "cancer du sein",
        "imagerie cérébrale",
        "essais cliniques",
        "cellule souche",
        "maladie d'Alzheimer",
        "immunotherapie",
        "médecine",
        "recherche",
        "xylophone",
    ],
    "en": [
        "diabetes",
        "diabetic",
        "breast cancer",
        "brain imaging",
        "clinical trials",
        "stem cell",
        "Alzheimer's disease",
        "immunotherapies",
        "medicine",
        "research",
        "xylophone",
    ],
}
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


def setup_django():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["TEST_DATABASE_URL"] = urlunsplit(server_url()._replace(path=f"/{DATABASE}"))
    import django

    django.setup()


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


def build_site():
    """Both homes with PAGES pages each, in sections of about 100 pages; returns the time
    update_index took to index them."""
    from django.core.management import call_command
    from django.db import connection, transaction
    from wagtail.models import Locale, Page, Site

    from demo import content
    from demo.text import T
    from home.models import HomePage, StandardPage

    call_command("migrate", verbosity=0)
    demo = [text for text in vars(content).values() if isinstance(text, T)]
    chance = random.Random(5000)
    texts = [page_texts(number, chance, demo) for number in range(PAGES)]
    sections = max(PAGES // 100, 1)
    with transaction.atomic():
        root = Page.get_first_root_node()
        root.get_children().delete()
        Site.objects.all().delete()
        for language in ("fr", "en"):
            locale, _ = Locale.objects.get_or_create(language_code=language)
            home = root.add_child(
                instance=HomePage(title="Accueil", slug=f"accueil-{language}", locale=locale)
            )
            if language == "fr":
                Site.objects.create(hostname="testserver", root_page=home, is_default_site=True)
            pages = [
                StandardPage(
                    title=page[language][0],
                    slug=f"equipe-{number}",
                    introduction=page[language][1],
                    body=[("paragraph", page[language][2])],
                )
                for number, page in enumerate(texts)
            ]
            parents = add_children(home, pages[:sections])
            for number, parent in enumerate(parents):
                add_children(parent, pages[sections + number :: sections])
    started = time.monotonic()
    call_command("update_index", verbosity=0)
    indexing = time.monotonic() - started
    # What autovacuum does on a live site: fresh statistics for the planner, no dead rows.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return indexing


def time_queries():
    from django.db import connection
    from django.test import RequestFactory
    from django.utils import translation

    from search.results import bounded_time, search

    factory = RequestFactory()
    rows, timings = [], []
    for language, queries in QUERIES.items():
        with translation.override(language):
            for query in queries:
                request = factory.get("/", {"q": query})
                times = []
                for _ in range(REPEAT + 1):
                    started = time.perf_counter()
                    with bounded_time():
                        found = search(request, query, language)
                    times.append((time.perf_counter() - started) * 1000)
                times = times[1:]  # the first one warms the caches
                timings.extend(times)
                rows.append((language, query, found.count, *percentiles(times)))
    connection.close()
    return rows, timings


def percentiles(times):
    return statistics.median(times), statistics.quantiles(times, n=20)[-1]


def main():
    with admin_connection() as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        admin.execute(f"CREATE DATABASE {DATABASE}")
    try:
        setup_django()
        started = time.monotonic()
        indexing = build_site()
        print(
            f"{PAGES} pages per language written in {time.monotonic() - started:.0f} s "
            f"(indexed in {indexing:.0f} s)"
        )
        rows, timings = time_queries()
    finally:
        with admin_connection() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    print(f"\n{'language':<9} {'query':<26} {'results':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for language, query, count, p50, p95 in rows:
        print(f"{language:<9} {query:<26} {count:>7} {p50:>8.1f} {p95:>8.1f}")
    p50, p95 = percentiles(timings)
    print(
        f"search: p50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(timings)} queries "
        f"({PAGES} pages per language)"
    )


if __name__ == "__main__":
    main()
