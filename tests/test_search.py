"""Site search on PostgreSQL: each language's stemming, its own pages only, an index that stays
right, and a results page that says what it found."""

import os

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from tests.content import English
from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db

SEARCH_URLS = {"fr": "/fr/rechercher/", "en": "/en/search/"}


def search(client, language, query, **params):
    response = client.get(SEARCH_URLS[language], {"q": query, **params})
    assert response.status_code == 200
    return response


def found(client, language, query):
    return [
        result.page.title for result in search(client, language, query).context["search"].results
    ]


def french_home():
    return Page.objects.get(depth=2, locale__language_code="fr")


def new_french_page(title, introduction, **kwargs):
    return StandardPageFactory(
        parent=french_home(), title=title, introduction=introduction, **kwargs
    )


@pytest.mark.parametrize(
    ("query", "title"),
    [
        # Accents folded, adjective and plural against the noun: "Diabète".
        ("diabétiques", "Diabète et conséquences cardiovasculaires"),
        ("DIABETE", "Diabète et conséquences cardiovasculaires"),
        # Singular against plural, without the accent: "établissements".
        ("etablissement", "Institut Pasteur de Lille"),
        ("animalerie", "Animaleries d’expérimentation"),
        ("plateforme", "Biothérapies"),
        # Verb forms: an infinitive against "réunissant" and against "financement".
        ("réunir", "Programme d’investissements d’avenir (PIA)"),
        ("financer", "Le projet PreciDIAB"),
        # The project's mission and label are searched too: a noun against "traiter".
        ("traitements", "Le projet PreciDIAB"),
    ],
)
def test_french_search_stems_and_folds_accents(client, demo, query, title):
    assert title in found(client, "fr", query)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("diabetic", "Diabetes and cardiovascular consequences"),
        ("establishment", "Pasteur Institute of Lille"),
        ("platform", "Biotherapies"),
        ("images", "Cellular and medical imaging (MRI, TEP)"),
        # Verb forms: "bringing together", "supported", "funding".
        ("bring", "Future Investment Plan (PIA)"),
        ("supports", "The PreciDIAB Project"),
        ("fund", "The PreciDIAB Project"),
        ("treating", "The PreciDIAB Project"),
    ],
)
def test_english_search_stems_english(client, demo, query, title):
    assert title in found(client, "en", query)


def test_heading_levels_are_not_searched_as_words(client, demo):
    # A heading block's level was indexed by its label, in French on English pages too.
    assert found(client, "en", "titre section") == []
    assert found(client, "en", "section heading") == []


def test_each_language_finds_its_own_pages_only(client, demo):
    for language in ("fr", "en"):
        results = search(client, language, "PreciDIAB").context["search"].results
        assert results
        assert {result.page.locale_id for result in results} == {demo[language].pk}
        assert all(result.url.startswith(f"/{language}/") for result in results)


def test_an_untranslated_english_alias_is_not_found(client, demo):
    page = new_french_page("Néphrologie", "Les reins et leurs maladies.")
    page.copy_for_translation(demo["en"], alias=True)
    alias = Page.objects.get(alias_of=page)
    assert alias.live and alias.locale == demo["en"]
    assert found(client, "fr", "néphrologie") == ["Néphrologie"]
    assert found(client, "en", "néphrologie") == []


def test_the_words_of_a_query_may_be_in_the_title_or_in_the_text(client, demo):
    new_french_page("Hématologie", "Les globules rouges et la moelle osseuse.")
    assert found(client, "fr", "hématologie globules") == ["Hématologie"]
    # Stop words are no words to find.
    assert found(client, "fr", "les globules de la moelle") == ["Hématologie"]
    assert found(client, "fr", "hématologie xylophone") == []
    # Stop words only: nothing to find, not every page.
    assert found(client, "fr", "de la") == []
    assert search(client, "en", "the of").context["search"].count == 0


def test_drafts_and_unpublished_pages_are_never_found(client, demo):
    draft = new_french_page("Hépatologie", "Le foie.", live=False)
    assert draft.pk and found(client, "fr", "hépatologie") == []

    page = new_french_page("Urologie", "Les voies urinaires.")
    page.introduction = "Les voies urinaires et la lithotritie."
    page.save_revision()
    assert found(client, "fr", "lithotritie") == []
    page.get_latest_revision().publish()
    assert found(client, "fr", "lithotritie") == ["Urologie"]

    page.unpublish()
    assert found(client, "fr", "urologie") == []
    page.get_latest_revision().publish()
    assert found(client, "fr", "urologie") == ["Urologie"]


def test_private_pages_and_their_children_are_never_found(client, demo):
    private = new_french_page("Essais confidentiels", "Protocoles internes.")
    StandardPageFactory(parent=private, title="Essai confidentiel 4711", introduction="Interne.")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert found(client, "fr", "confidentiel") == []
    PageViewRestriction.objects.filter(page=private).delete()
    assert len(found(client, "fr", "confidentiel")) == 2


def test_a_translation_is_indexed_with_english_stemming(client, demo):
    page = new_french_page("Course à pied", "Courir pour la santé.")
    translate(
        page,
        demo["en"],
        English({"Course à pied": "Running", "Courir pour la santé.": "Running for health."}),
    )
    # English stemming: "run" is "running"'s stem. French stemming keeps "running" whole.
    assert found(client, "en", "run") == ["Running"]
    assert "Course à pied" in found(client, "fr", "courir")
    assert found(client, "fr", "run") == []

    # Edited and translated again: the English index follows the new text.
    page.introduction = "Marcher pour la santé."
    page.save_revision().publish()
    translate(
        page,
        demo["en"],
        English({"Course à pied": "Running", "Marcher pour la santé.": "Walking for health."}),
    )
    assert found(client, "en", "walks") == ["Running"]


def test_update_index_keeps_each_language_stemmed_as_its_own(client, demo):
    call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert "Programme d’investissements d’avenir (PIA)" in found(client, "fr", "réunir")
    assert "Future Investment Plan (PIA)" in found(client, "en", "bring")
    assert "Diabète et conséquences cardiovasculaires" in found(client, "fr", "diabétiques")


def test_the_admin_search_finds_pages_in_either_language(demo):
    titles = {page.title for page in get_search_backend().search("réunir", Page)}
    assert "Programme d’investissements d’avenir (PIA)" in titles
    titles = {page.title for page in get_search_backend().search("bring", Page)}
    assert "Future Investment Plan (PIA)" in titles


def test_a_result_shows_its_kind_breadcrumb_and_marked_extract(client, demo):
    html = search(client, "fr", "animaleries").content.decode()
    assert '<p class="search-result__kind">Plateforme</p>' in html
    assert '<a href="/fr/recherche/animaleries/">Animaleries d’expérimentation</a>' in html
    assert '<li><a href="/fr/recherche/">Recherche</a></li>' in html
    assert "<mark>" in html
    english = search(client, "en", "partner establishments").content.decode()
    assert '<p class="search-result__kind">Partner</p>' in english
    assert "<mark>establishments</mark>" in english


def new_seminars(count, parent=None):
    """`count` pages that a search for "pharmacologie" finds."""
    for _ in range(count):
        StandardPageFactory(
            parent=parent or french_home(), introduction="Un séminaire de pharmacologie."
        )


def test_results_come_a_page_at_a_time_and_keep_the_query(client, demo):
    new_seminars(12)
    first = search(client, "fr", "pharmacologie")
    assert first.context["search"].count == 12
    assert len(first.context["search"].results) == 10
    assert 'href="?q=pharmacologie&amp;page=2#section-page"' in first.content.decode()
    second = search(client, "fr", "pharmacologie", page=2)
    assert len(second.context["search"].results) == 2
    assert 'start="11"' in second.content.decode()


def test_nothing_found_suggests_spelling_and_the_main_sections(client, demo):
    html = search(client, "fr", "xylophone").content.decode()
    assert "0 résultat pour «\u00a0xylophone\u00a0»" in html
    assert "Vérifiez l’orthographe des mots." in html
    assert '<a href="/fr/recherche/">Recherche</a>' in html
    assert '<a href="/fr/partenaires/">Partenaires</a>' in html
    english = search(client, "en", "xylophone").content.decode()
    assert '<a href="/en/research/">Research</a>' in english


def test_promotions_are_shown_in_their_page_s_language_only(client, demo):
    query = Query.get("Diabète")
    french = Page.objects.get(locale=demo["fr"], slug="precidiab")
    english = french.get_translation(demo["en"])
    SearchPromotion.objects.create(query=query, page=french, description="Le centre national.")
    SearchPromotion.objects.create(query=query, page=english, description="The national center.")

    response = search(client, "fr", "diabète")
    assert [p.page_id for p in response.context["search"].promotions] == [french.pk]
    assert "Le centre national." in response.content.decode()
    # A promoted page is not listed a second time among the results.
    assert "Le projet PreciDIAB" not in [r.page.title for r in response.context["search"].results]
    assert [p.page_id for p in search(client, "en", "DIABÈTE").context["search"].promotions] == [
        english.pk
    ]


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_search_reads_its_language_once_per_publish_then_asks_one_statement(client, demo):
    search(client, "fr", "recherche")
    with CaptureQueriesContext(connection) as queries:
        response = search(client, "fr", "recherche")
    # The promotions, private sections and breadcrumbs' sections are kept with the parts every
    # page shares; the count, the results and their extracts are one statement.
    selects = [query["sql"] for query in queries if query["sql"].startswith("SELECT")]
    assert len(selects) == 1
    assert "OVER ()" in selects[0] and "ts_headline" in selects[0]
    assert len(response.context["search"].results) == 10
    assert any(result.breadcrumb for result in response.context["search"].results)

    # A new promotion shows at the next search, and so does a page made private.
    french = Page.objects.get(locale=demo["fr"], slug="precidiab")
    SearchPromotion.objects.create(query=Query.get("diabète"), page=french)
    assert [p.page_id for p in search(client, "fr", "diabète").context["search"].promotions] == [
        french.pk
    ]
    PageViewRestriction.objects.create(
        page=french, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = search(client, "fr", "diabète")
    assert response.context["search"].promotions == []
    assert "Le projet PreciDIAB" not in [r.page.title for r in response.context["search"].results]


@pytest.mark.parametrize(
    ("group", "allowed"),
    [("Editors", True), ("Moderators", True), ("Translators (English)", False)],
)
def test_editors_and_moderators_manage_promotions(client, user_in, group, allowed):
    client.force_login(user_in(group))
    response = client.get(reverse("wagtailsearchpromotions:add"))
    assert (response.status_code == 200) is allowed


def test_search_pages_are_noindex_and_not_in_the_sitemap(client, demo):
    for language in ("fr", "en"):
        assert (
            '<meta name="robots" content="noindex">'
            in search(client, language, "lille").content.decode()
        )
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/fr/rechercher/" not in sitemap and "/en/search/" not in sitemap


@override_settings(PAGE_CACHE_SECONDS=600)
def test_search_pages_stay_out_of_the_page_cache(client, demo):
    first = search(client, "fr", "diabète")
    assert "no-store" in first["Cache-Control"]
    # Built afresh, not served from the cache.
    assert search(client, "fr", "diabète").context is not None


def test_every_page_has_the_search_form_in_its_header(client, demo):
    for url, action, label in [
        ("/fr/recherche/", "/fr/rechercher/", "Rechercher sur le site"),
        ("/en/research/", "/en/search/", "Search the site"),
    ]:
        header = client.get(url).content.decode().split("</header>", 1)[0]
        assert f'<form class="site-search" role="search" action="{action}" method="get"' in header
        assert f'<label class="visually-hidden" for="site-search-query">{label}</label>' in header
        assert 'type="search" name="q"' in header


def test_the_language_switcher_repeats_the_search_in_the_other_language(client, demo):
    html = search(client, "fr", "diabète").content.decode()
    assert 'href="/en/search/?q=diab%C3%A8te" hreflang="en"' in html
    assert '<html lang="fr">' in html


def test_the_results_page_keeps_to_its_query_budget(client, demo, django_assert_max_num_queries):
    search(client, "fr", "recherche")
    with django_assert_max_num_queries(15):
        response = search(client, "fr", "recherche")
    assert len(response.context["search"].results) == 10


def test_the_results_page_asks_no_more_queries_for_more_results(client, demo):
    # Below a section, so that each result has a breadcrumb to read.
    section = new_french_page("Séminaires", "Les rencontres de la faculté.")

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = search(client, "fr", "pharmacologie")
        return len(queries), len(response.context["search"].results)

    new_seminars(3, parent=section)
    search(client, "fr", "pharmacologie")
    queries, shown = count_queries()
    assert shown == 3
    new_seminars(9, parent=section)
    assert count_queries() == (queries, 10)
