"""An English translator's loop in the browser, by clicking from the dashboard and the reports:
start translating a new page, translate, submit; after a French change, update the
translation, find their previous English marked where the French changed, fix it, submit, and
read the translation's history."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.admin import (
    SLOW,
    admin_user,
    log_in,
    report_row,
    submit_for_moderation,
    translate,
)
from tests.factories import StandardPageFactory
from translations.report import State, page_statuses

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def approve(page, moderator):
    """A moderator approves the translation waiting for review (the lead's journey test does
    it in the browser)."""
    page = Page.objects.get(id=page.id)
    page.current_workflow_task_state.approve(user=moderator)


@pytest.mark.usefixtures("editorial_groups")
def test_an_english_translator_starts_translates_and_updates_a_page(
    live_server,
    page,
    home,
    english_home,
    locales,
    django_user_model,
):
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes", live=False)
    french.save_revision().publish()
    admin_user(django_user_model, "translator", "Translators (English)")
    moderator = admin_user(django_user_model, "moderator", "Moderators")

    # The dashboard shows the new page waiting, with its next step.
    log_in(page, live_server, "translator")
    waiting = page.locator("table[data-waiting] tr", has_text="Méthodes")
    expect(waiting).to_contain_text("Missing")
    waiting.get_by_role("link", name="Start translation").click()
    page.get_by_role("button", name="Start translation").click()

    # The translator lands in the translation editor of the new English page.
    translate(page.locator("li", has_text="Méthodes").last, "Methods")
    translate(page.locator("li", has_text="Une page du site.").last, "How our teams work.")
    page.get_by_role("tab", name="Promote").click()
    translate(page.locator("li", has_text="methodes").last, "methods")
    english = Page.objects.get(translation_key=french.translation_key, locale=locales["en"])
    submit_for_moderation(page, "Methods")
    approve(english, moderator)
    page.goto(live_server.url + "/en/methods/")
    expect(page.get_by_text("How our teams work.")).to_be_visible()

    # The French changes and a moderator publishes it.
    french.refresh_from_db()
    french.introduction = "Comment travaillent nos équipes, revu."
    french.save_revision().publish()

    # The report offers the translator to update the translation.
    log_in(page, live_server, "translator")
    row = report_row(page, french)
    expect(row).to_contain_text("Out of date")
    row.get_by_role("link", name="Update translation").click()
    page.get_by_role("button", name="Update translation").click()

    # The changed segment shows the previous English, marked as changed.
    changed = page.locator("li", has_text="Comment travaillent nos équipes, revu.").last
    expect(changed.get_by_text("How our teams work.", exact=True)).to_be_visible(timeout=SLOW)
    expect(changed).to_have_class("errored")
    expect(changed).to_contain_text("The French changed since this was translated")
    translate(changed, "How our teams work, revised.")
    expect(changed).to_have_class("complete")
    submit_for_moderation(page, "Methods")
    approve(english, moderator)

    status = {status.page.id: status for status in page_statuses()}[french.id]
    assert status.state == State.UP_TO_DATE
    page.goto(live_server.url + "/en/methods/")
    expect(page.get_by_text("How our teams work, revised.")).to_be_visible()

    # The translator reads the translation's history, from the report to the page's history.
    log_in(page, live_server, "translator")
    row = report_row(page, french)
    row.locator("[data-history] summary").click()
    expect(row).to_contain_text("Brought up to date by translator")
    expect(row).to_contain_text("Approved by moderator")
    row.get_by_role("link", name="Full history").click()
    for made in ("Translated from", "Brought up to date with"):
        expect(page.get_by_text(f"{made} the French version published on").first).to_be_visible()


@pytest.mark.usefixtures("editorial_groups")
def test_an_english_translator_translates_a_new_page_by_machine_then_corrects_it(
    live_server, page, home, english_home, locales, django_user_model, settings
):
    # DeepL in production; its stand-in here reverses the words of each string.
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes", live=False)
    french.save_revision().publish()
    admin_user(django_user_model, "translator", "Translators (English)")

    log_in(page, live_server, "translator")
    waiting = page.locator("table[data-waiting] tr", has_text="Méthodes")
    waiting.get_by_role("link", name="Start translation").click()
    page.get_by_role("button", name="Start translation").click()
    page.get_by_role("button", name="Translate with Dummy translator").click(timeout=SLOW)
    expect(page.get_by_text("Successfully translated with Dummy translator.")).to_be_visible()
    segment = page.locator("li", has_text="Une page du site.").last
    expect(segment.get_by_text("site. du page Une", exact=True)).to_be_visible(timeout=SLOW)
    translate(segment, "A page of the site.")
    assert {status.page.id: status.state for status in page_statuses()}[french.id] == (
        State.AWAITING_PUBLICATION
    )
