"""How fast the translation memory answers when the site has 5,000 pages per language.

    .venv/bin/python bench/memory.py

Creates the PostgreSQL database `bench_memory` (on the server of TEST_DATABASE_URL, by default
postgres://postgres@127.0.0.1:5432/), migrates it and writes French pages of research teams
(bench/teams.py), each extracted by wagtail-localize and translated into English string by
string: the memory. A new French page, whose twenty paragraphs are sentences of earlier pages
word for word, sentences of earlier pages changed a little, and sentences the site never had,
is started in English; the benchmark times what the translation memory view asks for it
(`suggestions`: the segments still to translate, the exact matches, the similar ones), first
with 50 pages in the memory, then with 5,000. It prints, last, the median and 95th percentile
at both sizes and the number of queries. The database is dropped at the end. BENCH_PAGES
changes the larger size.
"""

import os
import random
import statistics
import time

from teams import (
    add_children,
    create_database,
    drop_database,
    english_strings,
    page_texts,
    paragraphs,
    setup_django,
)

PAGES = int(os.environ.get("BENCH_PAGES", 5000))
SMALL = 50
REPEAT = 30
DATABASE = "bench_memory"


def translated_pages(home, english, texts):
    """French pages of `texts` under `home`, each extracted and translated into `english`."""
    from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

    from home.models import StandardPage

    first = home.numchild
    pages = add_children(
        home,
        [
            StandardPage(
                title=page["fr"][0],
                slug=f"equipe-{first + number}",
                introduction=page["fr"][1],
                body=[("paragraph", page["fr"][2])],
            )
            for number, page in enumerate(texts)
        ],
    )
    rows = []
    for page, text in zip(pages, texts, strict=True):
        source, _created = TranslationSource.update_or_create_from_instance(page)
        segments = StringSegment.objects.filter(source=source).select_related("string")
        rows += english_strings(segments, text, english)
    StringTranslation.objects.bulk_create(rows)


def new_page(home, english, texts, chance):
    """A French page started in English: 7 sentences of earlier pages, 7 of them changed a
    little, 6 new ones."""
    from wagtail_localize.models import Translation, TranslationSource

    from home.models import StandardPage

    earlier = [paragraphs(text["fr"])[2] for text in chance.sample(texts, 14)]
    sentences = [
        *earlier[:7],
        *(sentence.replace("Le projet", "Ce projet") for sentence in earlier[7:]),
        *(f"Un paragraphe nouveau, le {n}e de la page." for n in range(6)),
    ]
    (page,) = add_children(
        home,
        [
            StandardPage(
                title="Nouvelle équipe",
                slug=f"nouvelle-equipe-{home.numchild}",
                introduction="Une équipe qui vient d’arriver.",
                body=[("paragraph", f"<p>{sentence}</p>") for sentence in sentences],
            )
        ],
    )
    source, _created = TranslationSource.update_or_create_from_instance(page)
    return Translation.objects.create(source=source, target_locale=english, enabled=True)


def time_suggestions(translation):
    """(median ms, 95th percentile ms, queries, strings, exact matches, similar matches)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from translations.memory import suggestions

    times = []
    for _ in range(REPEAT + 1):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            segments, offered = suggestions(translation)
        times.append((time.perf_counter() - started) * 1000)
    times = times[1:]  # the first one warms the caches
    exact = sum(suggestion.exact for suggestion in offered)
    return (
        statistics.median(times),
        statistics.quantiles(times, n=20)[-1],
        len(queries),
        len(segments),
        exact,
        len(offered) - exact,
    )


def main():
    create_database(DATABASE)
    try:
        setup_django(DATABASE)
        from django.core.management import call_command
        from django.db import connection
        from wagtail.models import Locale, Page

        from demo import content
        from demo.text import T
        from home.models import HomePage

        call_command("migrate", verbosity=0)
        demo = [text for text in vars(content).values() if isinstance(text, T)]
        chance = random.Random(5000)
        texts = [page_texts(number, chance, demo) for number in range(PAGES)]
        french, _ = Locale.objects.get_or_create(language_code="fr")
        english, _ = Locale.objects.get_or_create(language_code="en")
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Accueil", slug="accueil", locale=french))
        results = {}
        started = time.monotonic()
        for size, batch in ((SMALL, texts[:SMALL]), (PAGES, texts[SMALL:])):
            translated_pages(home, english, batch)
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")  # as autovacuum keeps a live site
            translation = new_page(home, english, texts[:SMALL], random.Random(1))
            results[size] = time_suggestions(translation)
        print(f"{PAGES} pages per language written in {time.monotonic() - started:.0f} s")
        connection.close()
    finally:
        drop_database(DATABASE)
    print(f"\n{'pages':>6} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'exact':>6} {'similar':>8}")
    for size, (p50, p95, queries, _strings, exact, similar) in results.items():
        print(f"{size:>6} {p50:>8.1f} {p95:>8.1f} {queries:>8} {exact:>6} {similar:>8}")
    p50, p95, queries, strings, *_matches = results[PAGES]
    print(
        f"memory: p50 {p50:.1f} ms, p95 {p95:.1f} ms, {queries} queries for a page of "
        f"{strings} strings ({PAGES} pages per language; p50 {results[SMALL][0]:.1f} ms "
        f"with {SMALL}; load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
