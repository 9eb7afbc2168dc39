"""Hostile search input, and what the search must answer to it on any database.

Run as a script, this checks the site search on SQLite (the database of `make run`) in a
process of its own: modelsearch chooses its index model by database vendor when it is first
imported, so one process cannot test both databases. tests/test_search_input.py runs it and
checks the same input on PostgreSQL.
"""

import os
import sys

# Empty, very long, control characters, quotes, full-text operators of PostgreSQL and SQLite,
# SQL, and HTML or script meant to be reflected.
HOSTILE_QUERIES = [
    "",
    "   ",
    "é" * 10_000,
    "diabète\x00",
    "\x00",
    "\x1b[31m\x07",
    "'",
    '"',
    "''''",
    '"diabète',
    "l'étude",
    "l’étude",
    "\\",
    "&",
    "|",
    "!",
    ":*",
    "<->",
    "diabète & cancer | !neuro",
    "diab:*",
    "a <-> b <2> c",
    "((((",
    ")",
    "NEAR(diabète cancer)",
    "AND OR NOT",
    "*",
    "^diabète",
    "title:diabète",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<b>diabète</b>",
    "\u202ediabète",
    "😀 diabète",
]
BAD_PAGES = ["abc", "-1", "0", "999999", "1e9", "2.5", "9" * 50, ""]
# What must never come back as it was sent.
PAYLOADS = ["<script>alert(1)</script>", "<img src=x", "<b>diabète</b>"]


def check_answer(response, query=""):
    """The search page answered, and reflected nothing unescaped."""
    assert response.status_code == 200, (query, response.status_code)
    html = response.content.decode()
    for payload in [*PAYLOADS, "\x00"]:
        assert payload not in html, (query, payload)
    return html.split("<main", 1)[1]


def main():
    # The test settings, whose caches are this process's memory: the development settings'
    # cache is the folder that a running `make run` server reads its pages from.
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["TEST_DATABASE_URL"] = "sqlite://:memory:"
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage, StandardPage

    call_command("migrate", verbosity=0)
    french = Locale.objects.get(language_code="fr")
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = root.add_child(instance=HomePage(title="Accueil", slug="accueil", locale=french))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    home.add_child(
        instance=StandardPage(title="Études cliniques", introduction="Les études de la faculté.")
    )

    client = Client(HTTP_HOST="localhost")
    for query in HOSTILE_QUERIES:
        check_answer(client.get("/fr/rechercher/", {"q": query}), query)
    for page in BAD_PAGES:
        check_answer(client.get("/fr/rechercher/", {"q": "études", "page": page}), page)
    # Plainer matching than PostgreSQL's, accents aside all the same.
    main_html = check_answer(client.get("/fr/rechercher/", {"q": "ETUDES"}))
    assert ">Études cliniques</a>" in main_html
    assert "<mark>études</mark>" in main_html
    print("search on SQLite: ok")


if __name__ == "__main__":
    main()
