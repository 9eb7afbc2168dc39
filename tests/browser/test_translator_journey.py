import pytest
from playwright.sync_api import expect
from wagtail_localize.models import StringTranslation

from tests.browser.admin import SLOW, admin_user, log_in
from tests.content import PAGE_IN_ENGLISH
from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_english_translator_translates_a_page_and_cannot_touch_the_french_one(
    live_server, page, home, english_home, editorial_groups, locales, django_user_model
):
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH)
    translator = admin_user(django_user_model, "translator", "Translators (English)")
    admin_user(django_user_model, "moderator", "Moderators")

    log_in(page, live_server, "translator")

    # The English page's edit view is wagtail-localize's translation editor.
    page.goto(f"{live_server.url}/admin/pages/{english.id}/edit/")
    segment = page.locator("li.complete", has_text="Une page du site.")
    segment.get_by_role("button", name="Edit").click(timeout=SLOW)
    segment.get_by_role("textbox").fill("How our teams work.")
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_text("How our teams work.", exact=True)).to_be_visible(timeout=SLOW)
    expect(segment.get_by_text("Saving...")).to_have_count(0, timeout=SLOW)
    # The translator may save, not publish.
    expect(page.get_by_role("button", name="Publish in English")).to_have_count(0)
    saved = StringTranslation.objects.get(
        translation_of__data="Une page du site.", locale=locales["en"]
    )
    assert saved.data == "How our teams work."
    assert saved.last_translated_by == translator

    # They submit it for moderation from the page's menu in the explorer.
    page.goto(f"{live_server.url}/admin/pages/{english_home.id}/")
    page.get_by_role("button", name="More options for 'Methods'").click()
    page.get_by_role("link", name="Submit translation for moderation").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("was submitted for moderation")).to_be_visible()
    # Visitors still read the published English.
    page.goto(live_server.url + "/en/methods/")
    expect(page.get_by_text("A page of the site.")).to_be_visible()

    # The French source is out of the translator's reach.
    page.goto(f"{live_server.url}/admin/pages/{french.id}/edit/")
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(
        page.get_by_text("Sorry, you do not have permission to access this area.")
    ).to_be_visible()

    # A moderator approves it from the dashboard: visitors read the new English.
    log_in(page, live_server, "moderator")
    review = page.locator("section", has=page.get_by_role("heading", name="Awaiting your review"))
    expect(review.get_by_text("Methods")).to_be_visible()
    review.get_by_role("button", name="Actions").click()
    review.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text("Awaiting your review")).to_have_count(0, timeout=SLOW)
    page.goto(live_server.url + "/en/methods/")
    expect(page.get_by_text("How our teams work.")).to_be_visible()


def test_an_english_translator_is_offered_nothing_that_takes_a_translation_away(
    live_server, page, home, english_home, editorial_groups, locales, django_user_model
):
    live = translate(
        StandardPageFactory(parent=home, title="Méthodes", slug="methodes"),
        locales["en"],
        PAGE_IN_ENGLISH,
    )
    draft = translate(
        StandardPageFactory(parent=home, title="Équipes", slug="equipes"),
        locales["en"],
        {"Équipes": "Teams", "equipes": "teams", "Une page du site.": "A page of the site."},
        publish=False,
    )
    assert live.live and not draft.live
    admin_user(django_user_model, "translator", "Translators (English)")
    log_in(page, live_server, "translator")

    # The explorer offers neither deleting, moving nor copying a translation, live or not.
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="Home", exact=True).click()
    for title in ("Methods", "Teams"):
        row = page.get_by_role("row").filter(has_text=title)
        row.get_by_role("button", name=f"More options for '{title}'").click()
        menu = row.get_by_role("tooltip")
        expect(menu.get_by_role("link", name="Edit")).to_be_visible()
        for action in ("Delete", "Move", "Copy"):
            expect(menu.get_by_role("link", name=action)).to_have_count(0)
        page.keyboard.press("Escape")

    # The translation editor of the live translation: nothing converts, deletes or stops it.
    page.get_by_role("link", name="Methods", exact=True).click()
    expect(page.get_by_text("Une page du site.")).to_be_visible(timeout=SLOW)
    footer = page.locator("footer")
    for action in ("Convert to alias page", "Delete", "Stop Synced translation", "Unpublish"):
        expect(footer.get_by_text(action)).to_be_hidden()
