"""The admin's query budgets (issue 17): the explorer and a page's editors ask the same number
of queries whatever the number of pages or blocks (the translation status report's and the
dashboard's: tests/test_translation_report.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from tests.conftest import HOME_IN_ENGLISH
from tests.content import English, every_block, list_item, make_document, make_image, store_embed
from tests.factories import (
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
    StandardPageFactory,
)
from translations.translating import translate

pytestmark = pytest.mark.django_db


def count_queries(client, url, **params):
    """The number of queries of one GET, once what a process caches once is warm."""
    assert client.get(url, params).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def add_children(home, locales, count):
    """`count` French pages under `home`: half translated into English and published, half
    published in French only (their English is an alias, to translate)."""
    for n in range(count):
        page = StandardPageFactory(parent=home, live=False)
        page.save_revision().publish()  # as an editor publishes: its English alias is made
        if n % 2:
            continue
        english = {page.title: f"{page.title} (en)", page.slug: f"{page.slug}-en"}
        translate(page, locales["en"], {**english, "Une page du site.": "A page."})


def test_the_explorer_of_100_children_asks_as_many_queries_as_of_4(
    client, user_in, home, english_home, locales
):
    """Both pages of the listing (50 rows a page), in both languages, as a Moderator sees them
    with every button of each row (Wagtail's, wagtail-localize's, ours)."""
    client.force_login(user_in("Moderators"))

    def counts():
        return [
            count_queries(client, reverse("wagtailadmin_explore", args=[parent.id]), p=number)
            for parent in (home, english_home)
            for number in (1, 2)
        ]

    add_children(home, locales, 4)
    # With 4 children, page 2 is page 1 again (Wagtail's paginator gives the last page).
    with_4 = counts()
    add_children(home, locales, 96)
    assert Page.objects.child_of(english_home).count() == 100
    assert counts() == with_4


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


@pytest.fixture
def home_of(home, english_home, locales, media):
    """`home_of(n)`: the French home (the demo's largest page type) with `n` times a block of
    each kind in its body, each with its own image, document and linked page, and `n` featured
    pages; its English translation brought up to date."""
    research = ResearchIndexPageFactory(parent=home)
    store_embed()

    def fill(count):
        programs = [ResearchProgramPageFactory(parent=research) for _ in range(count)]
        home.body = [
            block
            for program in programs
            for block in every_block(program, make_image(title=program.title), make_document())
        ]
        home.features = [
            {
                "type": "pages",
                "value": {"heading": "À la une", "pages": [list_item(p.pk) for p in programs]},
            },
        ]
        home.save_revision().publish()
        translate(home, locales["en"], English(HOME_IN_ENGLISH))
        return home

    return fill


def segments(page):
    """(string segments, overridable segments) of `page`'s content as last extracted."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return source.stringsegment_set.count(), source.overridablesegment_set.count()


def test_the_edit_view_grows_only_with_what_wagtail_asks_for_each_block(
    client, user_in, home_of, locales
):
    """A Moderator's French editor and an English translator's translation editor, with a block
    of each kind (image, document, linked page, embed...) and a featured page, then with ten.

    Wagtail's page chooser asks 2 queries for each page chosen (AdminPageChooser: the page's
    specific type, then its parent), images and documents none; wagtail-localize's translation
    editor asks 3 for each string (its context and its string, read one by one, and its
    segment's id again for its translation) and 1 for each synchronised value (its context).
    Everything else, Wagtail's and ours (panels, notices, buttons, hooks), asks the same."""
    moderator, translator = user_in("Moderators"), user_in("Translators (English)")

    def counts(home):
        client.force_login(moderator)
        french = count_queries(client, edit_url(home))
        client.force_login(translator)
        english = count_queries(client, edit_url(home.get_translation(locales["en"])))
        return french, english, *segments(home)

    french, english, strings, synchronised = counts(home_of(1))
    many = counts(home_of(10))
    # Each block of a call to action links a page, and each is featured: 2 pages chosen each.
    pages_chosen = 2 * 9
    assert many[2:] != (strings, synchronised)
    assert many == (
        french + 2 * pages_chosen,
        english + 3 * (many[2] - strings) + (many[3] - synchronised),
        *many[2:],
    )


# The demo's largest page is its home: 27 blocks in its body and featured sections, 17 pages,
# images and documents referred to. As measured with Wagtail 8.0.1 and wagtail-localize 1.14.5
# (91 and 142 before the translator's notices read the translation once, and the glossary's
# terms only in the translation editor).
HOME_EDITOR_BUDGET = 87
HOME_TRANSLATION_EDITOR_BUDGET = 140


def test_the_demo_homes_editors_stay_within_their_budget(client, user_in, demo):
    home = Page.objects.get(depth=2, locale=demo["fr"])
    client.force_login(user_in("Moderators"))
    french = count_queries(client, edit_url(home))
    client.force_login(user_in("Translators (English)"))
    english = count_queries(client, edit_url(home.get_translation(demo["en"])))
    assert french <= HOME_EDITOR_BUDGET
    assert english <= HOME_TRANSLATION_EDITOR_BUDGET
