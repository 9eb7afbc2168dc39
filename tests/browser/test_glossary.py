"""An English translator meets a glossary warning before submitting, finds the term marked in
the translation editor's French, fixes the English there, and submits without it."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import SLOW, admin_user, log_in, report_row, translate
from tests.factories import StandardPageFactory
from translations.translating import translate as translate_from_code
from wording.models import GlossaryTerm

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCHOOL = "Faculté de médecine de Lille → Lille University School of Medicine"


@pytest.mark.usefixtures("editorial_groups")
def test_an_english_translator_fixes_a_glossary_term_before_submitting(
    live_server, page, home, english_home, locales, django_user_model
):
    GlossaryTerm.objects.create(
        french="Faculté de médecine de Lille", english="Lille University School of Medicine"
    )
    french = StandardPageFactory(
        parent=home,
        title="Méthodes",
        slug="methodes",
        introduction="La Faculté de médecine de Lille.",
    )
    translate_from_code(
        french,
        locales["en"],
        {
            "Méthodes": "Methods",
            "methodes": "methods",
            "La Faculté de médecine de Lille.": "The School.",
        },
        publish=False,
    )
    admin_user(django_user_model, "translator", "Translators (English)")
    log_in(page, live_server, "translator")

    # The report marks the translation, and the confirmation lists the term.
    row = report_row(page, french)
    expect(row).to_contain_text("Glossary: 1 term to check")
    row.get_by_role("link", name="Submit for moderation").click()
    expect(page.locator("[data-glossary-terms]")).to_contain_text(SCHOOL)

    # Back in the translation editor, the glossary is shown above the strings, and the term
    # is marked in the French with its English.
    page.get_by_role("link", name="Back to the translation").click()
    expect(page.get_by_text(f"Glossary: {SCHOOL}.")).to_be_visible(timeout=SLOW)
    term = page.locator("li > p mark", has_text="Faculté de médecine de Lille")
    expect(term).to_have_attribute("title", "Glossary: Lille University School of Medicine")
    translate(
        # The term's English is read out after it: the sentence is no longer one text.
        page.locator("li", has_text="La Faculté de médecine de Lille").last,
        "Lille University School of Medicine.",
    )

    row = report_row(page, french)
    expect(row).not_to_contain_text("Glossary")
    row.get_by_role("link", name="Submit for moderation").click()
    expect(page.locator("[data-glossary-terms]")).to_have_count(0)
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("was submitted for moderation")).to_be_visible()
