"""The glossary: who keeps it, the check that a translation uses its terms, and where a
translator meets it (the editor's notice, the report's marker, the submission's warning)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.rich_text import RichText

from demo.glossary import TERMS, load_glossary
from tests.content import English
from tests.factories import StandardPageFactory
from translations.translating import translate
from wording.glossary import Term, terms_in_source, terms_to_check
from wording.models import GlossaryTerm

pytestmark = pytest.mark.django_db

SCHOOL = ("Faculté de médecine de Lille", "Lille University School of Medicine")


def test_a_term_is_found_whole_words_and_whatever_its_case():
    term = Term("PreciDIAB", "PreciDIAB", "")
    assert term.in_french("Le projet precidiab.")
    assert term.in_french("<p>PreciDIAB</p>")
    assert not term.in_french("PreciDIABÈTE")
    assert not term.in_english("APreciDIAB")


def page_translated(home, locales, paragraphs, title="Méthodes"):
    """A French page whose body has `paragraphs` ({French: English}), translated and published."""
    french = StandardPageFactory(
        parent=home,
        title=title,
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
    )
    return translate(french, locales["en"], English(paragraphs)).specific


@pytest.fixture
def school(english_home):
    return GlossaryTerm.objects.create(french=SCHOOL[0], english=SCHOOL[1])


def test_a_translation_whose_english_lacks_a_terms_english_is_flagged(home, locales, school):
    english = page_translated(
        home,
        locales,
        {
            "La Faculté de médecine de Lille forme.": "Lille Medical School trains.",
            "La faculté de médecine de Lille cherche.": "The Lille University School of Medicine.",
        },
    )
    place = (english.translation_key, english.locale_id)
    assert terms_to_check([place[0]], [place[1]]) == {place: [Term(*SCHOOL, "")]}
    assert terms_in_source(english.translation_key) == [Term(*SCHOOL, "")]


def test_a_translation_using_the_terms_english_is_not_flagged(home, locales, school):
    english = page_translated(
        home, locales, {"La Faculté de médecine de Lille.": "Lille University School of Medicine."}
    )
    assert terms_to_check([english.translation_key], [english.locale_id]) == {}


def test_the_translator_meets_the_glossary_in_the_editor_the_report_and_before_submitting(
    client, user_in, home, locales, school
):
    english = page_translated(home, locales, {"La Faculté de médecine de Lille.": "The School."})
    client.force_login(user_in("Translators (English)"))

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.id]))
    assert editor.status_code == 200
    assert f"{SCHOOL[0]} → {SCHOOL[1]}." in editor.content.decode()

    report = client.get(reverse("translations_status_report"))
    assert report.status_code == 200
    assert 'data-glossary-terms="1"' in report.content.decode()

    url = reverse("translations_submit_for_moderation", args=[english.id])
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert f"{SCHOOL[0]} → {SCHOOL[1]}" in confirmation.content.decode()
    # A warning, not a block.
    assert client.post(url).status_code == 302
    assert WorkflowState.objects.filter(object_id=str(english.id)).exists()


@pytest.mark.parametrize(
    ("group", "may_add", "may_list"),
    [
        ("Moderators", True, True),
        ("Translators (English)", True, True),
        ("Editors", False, True),
        ("Translators (French)", False, False),
    ],
)
def test_moderators_and_english_translators_keep_the_glossary_and_editors_read_it(
    client, user_in, school, group, may_add, may_list
):
    client.force_login(user_in(group))
    listing = client.get(reverse("wagtailsnippets_wording_glossaryterm:list"))
    assert (listing.status_code == 200) is may_list
    if may_list:
        assert SCHOOL[1] in listing.content.decode()
    added = client.post(
        reverse("wagtailsnippets_wording_glossaryterm:add"),
        {"french": "PreciDIAB", "english": "PreciDIAB", "note": ""},
    )
    assert GlossaryTerm.objects.filter(french="PreciDIAB").exists() is may_add, added.status_code


def queries_with(client, home, locales, count, url_of):
    """The queries of the page `url_of(english)` returns, with `count` terms and as many pages
    (each with `count` segments holding a term its English lacks)."""
    GlossaryTerm.objects.all().delete()
    for number in range(count):
        GlossaryTerm.objects.create(french=f"terme{number}", english=f"term{number}")
    pages = [
        page_translated(
            home,
            locales,
            {
                f"Le terme{number} de la page {page}.": f"The word{number}."
                for number in range(count)
            },
            title=f"Page {count}-{page}",
        )
        for page in range(count)
    ]
    client.get(url_of(pages[0]))  # what is read once per process: content types, sites
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url_of(pages[0]))
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize(
    ("url_of", "shown"),
    [
        (lambda page: reverse("translations_status_report"), 'data-glossary-terms="20"'),
        (
            lambda page: reverse("translations_submit_for_moderation", args=[page.id]),
            "terme19 → term19",
        ),
    ],
    ids=["report", "submission"],
)
def test_the_glossary_costs_the_same_queries_for_2_or_20_terms_and_segments(
    client, user_in, english_home, home, locales, url_of, shown
):
    client.force_login(user_in("Moderators"))
    few, _response = queries_with(client, home, locales, 2, url_of)
    many, response = queries_with(client, home, locales, 20, url_of)
    assert shown in response.content.decode()
    assert many == few, (few, many)


def test_the_editors_glossary_notice_costs_the_same_queries_for_2_or_20_terms_and_segments(
    client, user_in, english_home, home, locales
):
    # wagtail-localize's editor itself asks more for more segments: the notice is measured alone.
    client.force_login(user_in("Moderators"))
    for count in (2, 20):
        queries_with(
            client, home, locales, count, lambda page: reverse("translations_status_report")
        )
        english = Page.objects.filter(locale=locales["en"], title=f"Page {count}-0 (en)").get()
        with CaptureQueriesContext(connection) as queries:
            terms = terms_in_source(english.translation_key)
        assert len(terms) == count
        assert len(queries) == 3, queries.captured_queries


def test_the_demo_glossary_loads_once_and_the_demo_translations_follow_it(demo):
    assert GlossaryTerm.objects.count() == len(TERMS)
    load_glossary()
    assert GlossaryTerm.objects.count() == len(TERMS)
    french_pages = Page.objects.filter(locale=demo["fr"], depth__gt=1)
    keys = list(french_pages.values_list("translation_key", flat=True))
    assert terms_to_check(keys, [demo["en"]]) == {}


def test_loading_the_demo_glossary_again_leaves_an_edited_term_as_it_is():
    load_glossary()
    GlossaryTerm.objects.filter(french="PreciDIAB").update(note="Edited.")
    load_glossary()
    assert GlossaryTerm.objects.get(french="PreciDIAB").note == "Edited."
