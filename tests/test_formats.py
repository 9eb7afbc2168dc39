"""Dates and numbers are written as each language writes them."""

from datetime import datetime
from zoneinfo import ZoneInfo

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
    assert f"{datetime_attribute}Mis à jour le 5 mars 2026</time>" in french_html
    english_html = client.get("/en/methods/").content.decode()
    assert f"{datetime_attribute}Updated on March 5, 2026</time>" in english_html


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
