"""The whole editorial loop, each role signed in as itself and clicking from the dashboard: an
Editor writes a French page and submits it, a Moderator publishes it, an English translator
translates it and submits the translation, a Moderator publishes it; the French changes, the
translator updates the English, a Moderator publishes it. The translation status report shows
each state on the way and ends "Up to date"."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import (
    SLOW,
    approve_from_dashboard,
    log_in,
    submit_for_moderation,
    translate,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_report(page, title):
    """Reports → Translation status, from the sidebar; the row of `title` in English."""
    menu = page.get_by_role("navigation", name="Main menu")
    menu.get_by_role("button", name="Reports").click()
    menu.get_by_role("link", name="Translation status").click()
    return page.locator("tr[data-locale=en]", has=page.get_by_text(title, exact=True))


def segment(page, french):
    """The translation editor's segment whose French is `french`."""
    return page.locator("li", has=page.get_by_text(french, exact=True)).last


def state_of(row):
    return row.locator("td").nth(2)


def moderator_publishes_the_english(page, live_server, introduction):
    """A moderator approves the translation from the dashboard: visitors read the English
    introduction, and the report says the page is up to date."""
    log_in(page, live_server, "moderator")
    approve_from_dashboard(page, "Methods")
    page.goto(live_server.url + "/en/methods/")
    expect(page.get_by_text(introduction)).to_be_visible()
    log_in(page, live_server, "moderator")
    expect(state_of(open_report(page, "Méthodes"))).to_have_text("Up to date")


def test_a_page_goes_from_editor_to_moderator_to_translator_and_back(
    live_server, page, home, english_home, editorial_team
):

    # The Editor writes a French page under the home and submits it for moderation.
    log_in(page, live_server, "editor")
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="Accueil", exact=True).click()
    page.get_by_role("link", name="Add child page").first.click()
    page.get_by_role("link", name="Standard page", exact=True).click()
    page.get_by_role("textbox", name="Title*").fill("Méthodes")
    page.get_by_role("textbox", name="Introduction").fill("Comment travaillent nos équipes.")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("created and submitted for moderation")).to_be_visible()
    # Nothing is live yet, in either language.
    assert page.request.get(live_server.url + "/fr/methodes/").status == 404

    # The Moderator approves it from the dashboard: it is live in French, and waits for English.
    log_in(page, live_server, "moderator")
    approve_from_dashboard(page, "Méthodes")
    assert page.request.get(live_server.url + "/fr/methodes/").ok
    expect(state_of(open_report(page, "Méthodes"))).to_have_text("Missing")

    # The translator finds it in the report, starts its translation and translates it.
    log_in(page, live_server, "translator")
    row = open_report(page, "Méthodes")
    row.get_by_role("link", name="Start translation").click()
    page.get_by_role("button", name="Start translation").click()
    translate(segment(page, "Méthodes"), "Methods")
    expect(state_of(open_report(page, "Méthodes"))).to_have_text("In progress")
    page.get_by_role("row").filter(has_text="Méthodes").get_by_role(
        "link", name="Continue translating"
    ).click()
    translate(segment(page, "Comment travaillent nos équipes."), "How our teams work.")
    page.get_by_role("tab", name="Promote").click()
    translate(segment(page, "methodes"), "methods")
    row = open_report(page, "Méthodes")
    expect(state_of(row)).to_have_text("Awaiting publication")
    # Nothing is live in English until a moderator publishes it: the English address of the
    # page still leads to the French one.
    english = page.request.get(live_server.url + "/en/methodes/", max_redirects=0)
    assert (english.status, english.headers["location"]) == (302, "/fr/methodes/")
    row.get_by_role("link", name="Submit for moderation").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("was submitted for moderation")).to_be_visible()
    # Now it waits for a moderator, not for the translator.
    expect(state_of(open_report(page, "Méthodes"))).to_have_text("Awaiting publication")
    expect(page.get_by_role("link", name="Submit for moderation")).to_have_count(0)

    # A moderator approves it: visitors read the English, and the report says it is up to date.
    moderator_publishes_the_english(page, live_server, "How our teams work.")

    # The Editor changes the French; once a moderator publishes it, the English is out of date.
    log_in(page, live_server, "editor")
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="Accueil", exact=True).click()
    page.get_by_role("link", name="Méthodes", exact=True).click()
    page.get_by_role("textbox", name="Introduction").fill(
        "Comment nos équipes travaillent ensemble."
    )
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit for moderation").click()
    log_in(page, live_server, "moderator")
    approve_from_dashboard(page, "Méthodes")
    row = open_report(page, "Méthodes")
    expect(state_of(row)).to_have_text("Out of date")

    # The translator updates it from the report: their English of the changed string is there,
    # marked, for them to check; they correct it and submit it.
    log_in(page, live_server, "translator")
    open_report(page, "Méthodes").get_by_role("link", name="Update translation").click()
    page.get_by_role("button", name="Update translation").click()
    changed = segment(page, "Comment nos équipes travaillent ensemble.")
    expect(changed.get_by_text("How our teams work.")).to_be_visible(timeout=SLOW)
    expect(changed.get_by_text("The French changed")).to_be_visible()
    translate(
        segment(page, "Comment nos équipes travaillent ensemble."), "How our teams work together."
    )
    submit_for_moderation(page, "Methods")

    moderator_publishes_the_english(page, live_server, "How our teams work together.")
