"""The home's features: sections of pages chosen and ordered by editors, in both languages."""

import re
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.content import English, html, make_image
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InstitutePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PlatformPageFactory,
    ProjectPageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
)
from tests.test_research import translate_tree
from translations.translating import translate

pytestmark = pytest.mark.django_db


def feature(home, heading, pages):
    home.features.append(("pages", {"heading": heading, "pages": pages}))


def latest(home, listing, count):
    home.features.append(("latest", {"listing": listing, "count": count}))


def sections(page_html):
    """Each featured section's heading and its cards' titles, kinds (if they say one) and
    links."""
    main = BeautifulSoup(page_html, "html.parser").main
    return [
        (
            section.h2.get_text(),
            [
                (card.a.get_text(), kind.get_text() if kind else None, card.a["href"])
                for card in section.select(".card")
                for kind in [card.select_one(".card__kind")]
            ],
        )
        for section in main.select(".card-section")
    ]


@pytest.fixture
def featured_home(home, locales, media):
    research = ResearchIndexPageFactory(parent=home)
    diabetes = ResearchProgramPageFactory(parent=research, title="Diabète", slug="diabete")
    cancer = ResearchProgramPageFactory(parent=research, title="Cancer", slug="cancer")
    imprt = InstitutePageFactory(parent=research, title="IMPRT", slug="imprt")
    project = ProjectPageFactory(parent=home)
    # The order editors chose, not the tree's.
    feature(home, "Domaines d’excellence", [cancer, diabetes])
    feature(home, "Instituts et projets", [project, imprt])
    home.save_revision().publish()
    translate(home, locales["en"], English())
    translate_tree(home, locales["en"])
    return home


def test_the_home_shows_its_features_in_the_order_chosen_in_each_language(client, featured_home):
    assert sections(html(client, "/fr/")) == [
        (
            "Domaines d’excellence",
            [
                ("Cancer", "Domaine d’excellence", "/fr/recherche/cancer/"),
                ("Diabète", "Domaine d’excellence", "/fr/recherche/diabete/"),
            ],
        ),
        (
            "Instituts et projets",
            [
                ("PreciDIAB", "Projet", "/fr/precidiab/"),
                ("IMPRT", "Institut", "/fr/recherche/imprt/"),
            ],
        ),
    ]
    # wagtail-localize copies the chosen French pages; the English home shows their English.
    assert sections(html(client, "/en/")) == [
        (
            "Domaines d’excellence (en)",
            [
                ("Cancer (en)", "Field of excellence", "/en/recherche-en/cancer-en/"),
                ("Diabète (en)", "Field of excellence", "/en/recherche-en/diabete-en/"),
            ],
        ),
        (
            "Instituts et projets (en)",
            [
                ("PreciDIAB (en)", "Project", "/en/precidiab-en/"),
                ("IMPRT (en)", "Institute", "/en/recherche-en/imprt-en/"),
            ],
        ),
    ]


def test_a_page_whose_english_is_offline_is_left_out_of_the_english_home(client, featured_home):
    cancer = featured_home.get_descendants().get(slug="cancer")
    cancer.get_translations().get(locale__language_code="en").specific.unpublish()
    assert [title for title, *_ in sections(html(client, "/en/"))[0][1]] == ["Diabète (en)"]
    assert len(sections(html(client, "/fr/"))[0][1]) == 2


def test_the_home_query_count_does_not_grow_with_its_features(client, home, locales, media):
    research = ResearchIndexPageFactory(parent=home)
    image = make_image()
    factories = [ResearchProgramPageFactory, InstitutePageFactory, PlatformPageFactory]

    def add(count):
        pages = [
            factory(parent=research, image=image, image_alt="Un motif")
            for factory in factories
            for _ in range(count)
        ]
        feature(home, "Recherche", pages)
        home.save_revision().publish()

    def count_queries():
        client.get("/fr/")
        with CaptureQueriesContext(connection) as queries:
            page_html = html(client, "/fr/")
        return len(queries), sum(len(cards) for _heading, cards in sections(page_html))

    add(1)
    few, shown = count_queries()
    assert shown == 3
    add(5)
    many, shown = count_queries()
    assert shown == 18
    assert many == few


@pytest.fixture
def listings(home, locales, media):
    """News and an agenda under the home, each with a few items, the home showing the latest
    two of each; all of it translated."""
    news = NewsIndexPageFactory(parent=home)
    for day in (1, 3, 2):
        NewsPageFactory(parent=news, title=f"Nouvelle du {day}", date=date(2026, 11, day))
    agenda = EventIndexPageFactory(parent=home)
    now = timezone.now()
    for days, title in (
        (-2, "Passé"),
        (9, "Dans neuf jours"),
        (3, "Dans trois jours"),
        (20, "Loin"),
    ):
        start = now + timedelta(days=days)
        EventPageFactory(parent=agenda, title=title, start=start, end=start + timedelta(hours=2))
    latest(home, news, 2)
    latest(home, agenda, 2)
    home.save_revision().publish()
    translate(home, locales["en"], English())
    translate_tree(home, locales["en"])
    return home


def test_the_home_shows_the_latest_news_and_the_next_events_in_each_language(client, listings):
    french = html(client, "/fr/")
    assert [(heading, [title for title, *_ in cards]) for heading, cards in sections(french)] == [
        ("Actualités", ["Nouvelle du 3", "Nouvelle du 2"]),
        ("Agenda", ["Dans trois jours", "Dans neuf jours"]),
    ]
    assert '<a href="/fr/actualites/">' in french
    english = html(client, "/en/")
    assert [(heading, [title for title, *_ in cards]) for heading, cards in sections(english)] == [
        ("Actualités (en)", ["Nouvelle du 3 (en)", "Nouvelle du 2 (en)"]),
        ("Agenda (en)", ["Dans trois jours (en)", "Dans neuf jours (en)"]),
    ]
    assert '<a href="/en/actualites-en/">' in english


def test_the_home_is_stored_no_longer_than_until_its_next_event_ends(client, listings, settings):
    settings.PAGE_CACHE_SECONDS = 30 * 24 * 3600
    stored_for = int(re.search(r"s-maxage=(\d+)", client.get("/fr/")["Cache-Control"])[1])
    assert 3 * 24 * 3600 < stored_for <= (3 * 24 + 2) * 3600


def test_the_latest_items_cost_the_same_queries_whatever_their_number(client, listings):
    def count_queries():
        client.get("/fr/")
        with CaptureQueriesContext(connection) as queries:
            page_html = html(client, "/fr/")
        return len(queries), sum(len(cards) for _heading, cards in sections(page_html))

    few, shown = count_queries()
    assert shown == 4
    for block in listings.features:
        block.value["count"] = 10
    listings.save_revision().publish()
    many, shown = count_queries()
    assert shown == 6
    assert many == few
