"""Dates and numbers are written as each language writes them."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import engines
from django.utils import translation

from tests.content import PAGE_IN_ENGLISH
from tests.factories import ProjectPageFactory, StandardPageFactory
from translations.translating import translate

PUBLISHED = datetime(2026, 3, 5, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))


def test_the_date_a_page_was_updated_is_written_in_the_visitor_language(
    client, home, english_home, locales
):
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH)
    for page in (french, english):
        type(page).objects.filter(id=page.id).update(last_published_at=PUBLISHED)

    datetime_attribute = '<time datetime="2026-03-05T10:30:00+01:00">'
    french_html = client.get("/fr/methodes/").content.decode()
    assert f"{datetime_attribute}Mis à jour le jeudi 5 mars 2026</time>" in french_html
    english_html = client.get("/en/methods/").content.decode()
    assert f"{datetime_attribute}Updated on Thursday 5 March 2026</time>" in english_html


def test_the_home_page_carries_no_update_date(client, home, english_home):
    assert "page-updated" not in client.get("/fr/").content.decode()


def test_amounts_use_each_language_decimal_mark(client, home, english_home, locales):
    project = ProjectPageFactory(parent=home, funding_amount=1_500_000)
    translate(
        project,
        locales["en"],
        {
            "PreciDIAB": "PreciDIAB",
            "precidiab": "precidiab",
            "Centre national de médecine de précision du diabète.": "National centre.",
            "Centre national de médecine de précision": "National centre",
        },
    )
    assert "1,5\xa0M€" in client.get("/fr/precidiab/").content.decode()
    assert "€1.5M" in client.get("/en/precidiab/").content.decode()


def written(value, language, format_name=None):
    template = engines["django"].from_string(
        "{% load dates %}{% written_date value format_name %}"
    )
    with translation.override(language):
        return template.render({"value": value, "format_name": format_name})


# 13:00 in UTC is 14:00 in Paris in winter: dates are shown in the site's time zone.
AN_AFTERNOON = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "mardi 1 décembre 2026, 14 h 00"), ("en", "Tuesday 1 December 2026, 2:00 pm")],
)
def test_a_date_and_time_is_written_as_each_language_writes_it(language, text):
    expected = f'<time datetime="2026-12-01T14:00:00+01:00">{text}</time>'
    assert written(AN_AFTERNOON, language) == expected


@pytest.mark.parametrize(
    ("language", "text"), [("fr", "mardi 1 décembre 2026"), ("en", "Tuesday 1 December 2026")]
)
def test_a_date_is_written_as_each_language_writes_it(language, text):
    assert written(date(2026, 12, 1), language) == f'<time datetime="2026-12-01">{text}</time>'


@pytest.mark.parametrize(("language", "text"), [("fr", "09 h 30"), ("en", "9:30 am")])
def test_a_time_alone_keeps_its_date_for_machines(language, text):
    morning = datetime(2026, 6, 2, 9, 30, 15, 500, tzinfo=ZoneInfo("Europe/Paris"))
    expected = f'<time datetime="2026-06-02T09:30:15+02:00">{text}</time>'
    assert written(morning, language, "TIME_FORMAT") == expected
