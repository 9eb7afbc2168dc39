"""How fast the site search answers on a site of 5,000 pages per language.

    .venv/bin/python bench/search.py

Creates the PostgreSQL database `bench_search` (on the server of TEST_DATABASE_URL, by
default postgres://postgres@127.0.0.1:5432/), migrates it and writes 5,000 French pages and
their 5,000 English twins: research teams, each on a disease and a method, with a sentence of
the demo content (bench/teams.py). It indexes them with `update_index`, then times what the
search page asks the database for a query (the count, one page of ranked results and their
extracts; the promotions, private sections and breadcrumbs' sections, read once per publish as
in production, where the page cache is on) for realistic queries in each language, from rare
words and pairs of words to the most common. It prints a table and, last, the median and 95th
percentile over every query, then over the queries that match fewer than 100 pages; before
them, the CPU time a search takes in this process and in PostgreSQL's (which must run on this
machine: it is read from /proc).
The database is dropped at the end. BENCH_PAGES changes the number of pages per language.
"""

import os
import random
import statistics
import time
from pathlib import Path

from teams import add_children, create_database, drop_database, page_texts, setup_django

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
        "mucoviscidose organoïdes",
        "paludisme génomique",
        "glaucome chirurgie robotique",
        "équipe 4242",
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
        "cystic fibrosis organoids",
        "malaria genomics",
        "glaucoma robotic surgery",
        "team 4242",
    ],
}
# The second goal is for these: "under 25 ms for queries that match fewer than 100 pages".
FEW = 100


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
    from django.test import RequestFactory, override_settings
    from django.utils import translation

    from search.results import bounded_time, search

    factory = RequestFactory()
    rows, timings, few, cpu = [], [], [], []
    # As in production: what searches read once per publish is kept with the shared parts.
    with override_settings(PAGE_CACHE_SECONDS=600):
        for language, queries in QUERIES.items():
            with translation.override(language):
                for query in queries:
                    times = []
                    for number in range(REPEAT + 1):
                        # A request of its own each time, as each visitor's search is.
                        request = factory.get("/", {"q": query})
                        if number == 1:  # the first one warms the caches
                            started_cpu = cpu_ms(connection)
                        started = time.perf_counter()
                        with bounded_time():
                            found = search(request, query, language)
                        times.append((time.perf_counter() - started) * 1000)
                    cpu.append((cpu_ms(connection) - started_cpu) / REPEAT)
                    times = times[1:]
                    timings.extend(times)
                    if found.count < FEW:
                        few.extend(times)
                    rows.append((language, query, found.count, *percentiles(times), cpu[-1]))
    connection.close()
    return rows, timings, few, statistics.mean(cpu)


def cpu_ms(connection):
    """The CPU time of this process and of its PostgreSQL server process (read from /proc: the
    server runs on this machine), which holds on a machine that other work loads, unlike the
    time a search takes."""
    process = Path(f"/proc/{connection.connection.info.backend_pid}/stat")
    # Fields 14 and 15 (after the name in brackets): user and system time, in clock ticks.
    ticks = process.read_text().rsplit(")", 1)[1].split()[11:13]
    server = sum(map(int, ticks)) * 1000 / os.sysconf("SC_CLK_TCK")
    return time.process_time() * 1000 + server


def percentiles(times):
    return statistics.median(times), statistics.quantiles(times, n=20)[-1]


def main():
    create_database(DATABASE)
    try:
        setup_django(DATABASE)
        started = time.monotonic()
        indexing = build_site()
        print(
            f"{PAGES} pages per language written in {time.monotonic() - started:.0f} s "
            f"(indexed in {indexing:.0f} s)"
        )
        rows, timings, few, cpu = time_queries()
    finally:
        drop_database(DATABASE)
    print(
        f"\n{'language':<9} {'query':<30} {'results':>7} {'p50 ms':>8} {'p95 ms':>8} {'CPU ms':>7}"
    )
    for language, query, count, p50, p95, query_cpu in rows:
        print(f"{language:<9} {query:<30} {count:>7} {p50:>8.1f} {p95:>8.1f} {query_cpu:>7.1f}")
    print(f"CPU per search, this process and its PostgreSQL server process: {cpu:.1f} ms")
    p50, p95 = percentiles(timings)
    print(
        f"search: p50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(timings)} queries "
        f"({PAGES} pages per language)"
    )
    p50, p95 = percentiles(few)
    print(
        f"search, fewer than {FEW} pages found: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        f"over {len(few)} queries"
    )


if __name__ == "__main__":
    main()
