"""What the translation status report and the dashboard ask and take with 5,000 pages per
language.

    .venv/bin/python bench/admin.py

Creates the PostgreSQL database `bench_admin` (on the server of TEST_DATABASE_URL, by default
postgres://postgres@127.0.0.1:5432/), migrates it and writes French pages of research teams
(bench/teams.py) with their English pages, a fifth in each state of the report: missing (an
alias), in progress (the title translated), out of date (the French published since), awaiting
publication (the English offline) and up to date; each translation extracted by
wagtail-localize with its strings, and the glossary's terms. It loads, as a Moderator, the
report's first page, a filtered page (English, in progress) and its last page, and the
dashboard as a Moderator and as an English translator (whose panel lists what waits for them),
first with 50 pages per language, then with 5,000. It prints, for each, the number of queries
and the median time. The database is dropped at the end. BENCH_PAGES changes the larger size.
"""

import logging
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
    setup_django,
)

PAGES = int(os.environ.get("BENCH_PAGES", 5000))
SMALL = 50
REPEAT = 10
DATABASE = "bench_admin"
STATES = ["missing", "in_progress", "out_of_date", "awaiting_publication", "up_to_date"]
TERMS = [("diabète", "diabetes"), ("génomique", "genomics"), ("hôpitaux", "hospitals")]


def add_teams(homes, english, texts):
    """French pages of `texts` under the French home and their English pages under the
    English home, the team of number n in the state STATES[n % 5]."""
    from django.utils import timezone
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationLog,
        TranslationSource,
    )

    from home.models import StandardPage

    first = homes["fr"].numchild
    an_hour_ago = timezone.now() - timezone.timedelta(hours=1)
    french = add_children(
        homes["fr"],
        [
            StandardPage(
                title=page["fr"][0],
                slug=f"equipe-{first + number}",
                introduction=page["fr"][1],
                body=[("paragraph", page["fr"][2])],
                first_published_at=an_hour_ago,
                last_published_at=an_hour_ago,
            )
            for number, page in enumerate(texts)
        ],
    )
    states = [STATES[(first + number) % len(STATES)] for number in range(len(texts))]
    pages = []
    for page, text, state in zip(french, texts, states, strict=True):
        if state == "missing":
            # As wagtail-localize's alias: the French content, under the English home.
            title, introduction, body = text["fr"]
            alias_of = page
        else:
            title, introduction, body = text["en"]
            alias_of = None
        pages.append(
            StandardPage(
                title=title,
                slug=page.slug,
                introduction=introduction,
                body=[("paragraph", body)],
                translation_key=page.translation_key,
                alias_of=alias_of,
                live=state != "awaiting_publication",
            )
        )
    add_children(homes["en"], pages)

    strings, logs = [], []
    for page, text, state in zip(french, texts, states, strict=True):
        if state == "missing":
            continue
        source, _created = TranslationSource.update_or_create_from_instance(page)
        Translation.objects.create(source=source, target_locale=english, enabled=True)
        segments = StringSegment.objects.filter(source=source).select_related("string")
        strings += english_strings(
            segments[:1] if state == "in_progress" else segments, text, english
        )
        if state != "in_progress":
            logs.append(TranslationLog(source=source, locale=english))
    StringTranslation.objects.bulk_create(strings)
    TranslationLog.objects.bulk_create(logs)
    # The English published once translated; the French published again since for those
    # out of date.
    now = timezone.now()
    StandardPage.objects.filter(pk__in=[page.pk for page in pages if page.live]).update(
        first_published_at=now, last_published_at=now
    )
    changed = [
        page.pk for page, state in zip(french, states, strict=True) if state == "out_of_date"
    ]
    StandardPage.objects.filter(pk__in=changed).update(last_published_at=timezone.now())


def measure(client, url, params=None):
    """(queries, median ms) of GET `url`, the first request warming the caches."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(REPEAT + 1):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return len(queries), statistics.median(times[1:])


def screens(users, pages):
    """What is measured with `pages` French pages: (name, user, url, GET parameters)."""
    from django.urls import reverse

    report = reverse("translations_status_report")
    last = pages // 50 + 1  # 50 rows a page: the teams and the home
    return [
        ("report, first page", users["moderator"], report, {}),
        (
            "report, English in progress",
            users["moderator"],
            report,
            {"locale": "en", "state": "in_progress"},
        ),
        ("report, last page", users["moderator"], report, {"p": last}),
        ("dashboard, moderator", users["moderator"], "/admin/", {}),
        ("dashboard, translator", users["translator"], "/admin/", {}),
    ]


def main():
    create_database(DATABASE)
    try:
        setup_django(DATABASE)
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
        from wagtail.models import Locale, Page, Site

        from demo import content
        from demo.text import T
        from home.models import HomePage
        from wording.models import GlossaryTerm

        call_command("migrate", verbosity=0)
        logging.disable(logging.INFO)  # each sign-in's and task's lines
        demo = [text for text in vars(content).values() if isinstance(text, T)]
        chance = random.Random(5000)
        texts = [page_texts(number, chance, demo) for number in range(PAGES)]
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in ("fr", "en")
        }
        root = Page.get_first_root_node()
        root.get_children().delete()
        french_home = root.add_child(
            instance=HomePage(title="Accueil", slug="accueil", locale=locales["fr"])
        )
        homes = {
            "fr": french_home,
            "en": root.add_child(
                instance=HomePage(
                    title="Home",
                    slug="home",
                    locale=locales["en"],
                    translation_key=french_home.translation_key,
                )
            ),
        }
        Site.objects.all().delete()
        Site.objects.create(hostname="testserver", root_page=french_home, is_default_site=True)
        GlossaryTerm.objects.bulk_create(GlossaryTerm(french=fr, english=en) for fr, en in TERMS)
        users = {}
        for name, group in (("moderator", "Moderators"), ("translator", "Translators (English)")):
            users[name] = get_user_model().objects.create_user(username=name, password="x")
            users[name].groups.add(Group.objects.get(name=group))

        results, loads = {}, {}
        started = time.monotonic()
        for size, batch in ((SMALL, texts[:SMALL]), (PAGES, texts[SMALL:])):
            add_teams(homes, locales["en"], batch)
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")  # as autovacuum keeps a live site
            for name, user, url, params in screens(users, size):
                client = Client()
                client.force_login(user)
                results[name, size] = measure(client, url, params)
            loads[size] = os.getloadavg()[0]
        print(
            f"{PAGES} pages per language written, measured in {time.monotonic() - started:.0f} s"
        )
        connection.close()
    finally:
        drop_database(DATABASE)
    print(f"\n{'screen':<30} {'queries':>8} {'ms':>8}  {'queries':>8} {'ms':>8}")
    print(f"{'':<30} {f'{SMALL} pages':>17}  {f'{PAGES} pages':>17}")
    for name, *_rest in screens({"moderator": None, "translator": None}, PAGES):
        small, large = results[name, SMALL], results[name, PAGES]
        print(f"{name:<30} {small[0]:>8} {small[1]:>8.1f}  {large[0]:>8} {large[1]:>8.1f}")
    print(f"{'load average':<30} {loads[SMALL]:>17.1f}  {loads[PAGES]:>17.1f}")


if __name__ == "__main__":
    main()
