"""A news item from the Editor to visitors of both languages: an Editor writes it in French and
submits it, a Moderator publishes it, an English translator translates it, a Moderator publishes
the English; visitors then find it in each language's news, feed, sitemap and search, on pages
without an accessibility barrier."""

import feedparser
import pytest
from playwright.sync_api import expect

from news.models import NewsPage
from tests.browser.admin import (
    add_child_page,
    approve_from_dashboard,
    log_in,
    report_row,
    translate,
)
from tests.browser.test_events_journey import segment
from tests.factories import NewsIndexPageFactory
from translations.translating import translate as translate_in_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = {"fr": "Le label CNMP pour PreciDIAB", "en": "The CNMP label for PreciDIAB"}


def test_a_news_item_published_in_french_and_translated_is_found_in_both_languages(
    live_server, page, home, english_home, locales, editorial_team, barriers
):
    news = NewsIndexPageFactory(parent=home)
    translate_in_code(news, locales["en"], {"Actualités": "News", "actualites": "news"})

    # The Editor writes the news item and submits it.
    log_in(page, live_server, "editor")
    add_child_page(page, "Actualités")
    page.get_by_role("textbox", name="Title*").fill(TITLE["fr"])
    page.get_by_role("textbox", name="Date*").fill("2027-01-12")
    page.get_by_role("textbox", name="Introduction").fill("Le label a été créé en 2019.")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("created and submitted for moderation")).to_be_visible()

    # A Moderator publishes it: it is in the French news, dated as French writes it.
    log_in(page, live_server, "moderator")
    approve_from_dashboard(page, TITLE["fr"])
    page.goto(live_server.url + "/fr/actualites/")
    page.get_by_role("link", name=TITLE["fr"]).click()
    expect(page.get_by_text("mardi 12 janvier 2027")).to_be_visible()

    # The English translator translates it from the report; a Moderator publishes it.
    log_in(page, live_server, "translator")
    french = NewsPage.objects.child_of(news).get()
    report_row(page, french).get_by_role("link", name="Start translation").click()
    page.get_by_role("button", name="Start translation").click()
    translate(segment(page, TITLE["fr"]), TITLE["en"])
    translate(segment(page, "Le label a été créé en 2019."), "The label was created in 2019.")
    page.get_by_role("tab", name="Promote").click()
    translate(segment(page, "le-label-cnmp-pour-precidiab"), "the-cnmp-label-for-precidiab")
    report_row(page, french).get_by_role("link", name="Submit for moderation").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("was submitted for moderation")).to_be_visible()
    log_in(page, live_server, "moderator")
    approve_from_dashboard(page, TITLE["en"])
    page.context.clear_cookies()

    # Visitors find it in each language: news, news page, feed, sitemap and search.
    sitemap = page.request.get(live_server.url + "/sitemap.xml").text()
    places = {
        "fr": ("/fr/actualites/", "flux/", "/fr/rechercher/?q=CNMP", "mardi 12 janvier 2027"),
        "en": ("/en/news/", "feed/", "/en/search/?q=CNMP", "Tuesday 12 January 2027"),
    }
    for language, (index_url, feed, search_url, date) in places.items():
        page.goto(live_server.url + index_url)
        assert not barriers()
        page.get_by_role("link", name=TITLE[language]).click()
        item_url = page.url
        expect(page.get_by_role("heading", level=1)).to_have_text(TITLE[language])
        expect(page.locator(".news-date time")).to_have_text(date)
        assert not barriers()
        assert f"<loc>{item_url}</loc>" in sitemap
        parsed = feedparser.parse(page.request.get(live_server.url + index_url + feed).body())
        assert not parsed.bozo and parsed.feed.language == language
        assert [(entry.title, entry.link) for entry in parsed.entries] == [
            (TITLE[language], item_url)
        ]
        page.goto(live_server.url + search_url)
        expect(page.get_by_role("link", name=TITLE[language])).to_be_visible()
