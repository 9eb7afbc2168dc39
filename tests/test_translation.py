import pytest
from wagtail_localize.models import Translation

from home.models import MainMenu, MainMenuItem
from tests.factories import StandardPageFactory
from translations.translating import MissingTranslation, translate

pytestmark = pytest.mark.django_db


def test_a_wagtail_localize_translation_renders_at_its_english_url(
    client, home, english_home, locales
):
    page = StandardPageFactory(
        parent=home,
        title="Recherche clinique",
        slug="recherche-clinique",
        introduction="Plus de 10 000 patients inclus chaque année.",
        body=[{"type": "paragraph", "value": "<p>Des essais cliniques.</p>"}],
    )
    english = translate(
        page,
        locales["en"],
        {
            "Recherche clinique": "Clinical research",
            "recherche-clinique": "clinical-research",
            "Plus de 10 000 patients inclus chaque année.": "Over 10,000 patients a year.",
            "Des essais cliniques.": "Clinical trials.",
        },
    )
    assert english.url == "/en/clinical-research/"
    assert Translation.objects.filter(source__object_id=page.translation_key).exists()
    html = client.get("/en/clinical-research/").content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Clinical research</h1>" in html
    assert "<p>Clinical trials.</p>" in html
    assert "Des essais" not in html


def test_a_draft_translation_is_not_served(client, home, english_home, locales):
    page = StandardPageFactory(parent=home, title="Brouillon", slug="brouillon", introduction="")
    english = translate(
        page, locales["en"], {"Brouillon": "Draft", "brouillon": "draft"}, publish=False
    )
    assert not english.live
    # Its address leads to the live French page until the English is published.
    response = client.get("/en/draft/")
    assert (response.status_code, response.url) == (302, "/fr/brouillon/")


def test_a_missing_string_stops_the_translation(home, english_home, locales):
    page = StandardPageFactory(parent=home, title="Sans traduction", slug="sans-traduction")
    with pytest.raises(MissingTranslation):
        translate(page, locales["en"], {"Sans traduction": "Untranslated"})
    assert not page.has_translation(locales["en"])


def test_a_new_draft_of_a_live_translation_waits_for_publication(
    client, home, english_home, locales
):
    page = StandardPageFactory(parent=home, title="Méthodes", slug="methodes", introduction="")
    words = {"Méthodes": "Methods", "methodes": "methods"}
    translate(page, locales["en"], words)

    english = translate(page, locales["en"], {**words, "Méthodes": "Our methods"}, publish=False)

    # wagtail-localize would write the draft into the live page (wagtail-localize#655).
    assert english.live and english.has_unpublished_changes
    assert "<h1>Methods</h1>" in client.get("/en/methods/").content.decode()
    assert english.get_latest_revision_as_object().title == "Our methods"


def test_a_new_draft_of_a_live_menu_leaves_the_menu_live(client, home, english_home, locales):
    menu = MainMenu(locale=locales["fr"], name="Menu principal")
    menu.items = [
        MainMenuItem(locale=locales["fr"], url="https://www.univ-lille.fr/", label="Lille")
    ]
    menu.save()
    menu.save_revision().publish()
    words = {"Menu principal": "Main menu", "Lille": "Lille University"}
    translate(menu, locales["en"], words)

    english = translate(menu, locales["en"], {**words, "Lille": "University"}, publish=False)

    assert english.live
    assert ">Lille University</a>" in client.get("/en/").content.decode()
