"""The translation memory: a string still to translate that the site translated before, on a
page or a snippet, is offered with that English and where it was written; the translator
takes it, or every exact match of the page at once."""

import re

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from home.models import MainMenu
from tests.content import PAGE_IN_ENGLISH, live_navigation
from tests.factories import StandardPageFactory
from translations.memory import suggestions
from translations.starting import start_translation
from translations.translating import translate
from translations.updating import translation_for

pytestmark = pytest.mark.django_db

LONG_ENGLISH = "The University " + "and its partners " * 20


def published(home, title, slug, **fields):
    page = StandardPageFactory(parent=home, title=title, slug=slug, live=False, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def started(french, locales, user=None):
    """The English page of `french` whose translation a translator just started."""
    alias = Page.objects.get(alias_of=french, locale=locales["en"])
    start_translation(alias, user)
    return Page.objects.get(id=alias.id)


def memory_url(english):
    return reverse("translations_memory", args=[english.id])


def offered(english):
    """{French: (earlier English, where it was written)} as the memory offers them."""
    _segments, found = suggestions(translation_for(english))
    return {s.segment.string.data: (s.english, s.found_in) for s in found}


def translated(english, french_text):
    return StringTranslation.objects.get(
        translation_of__data=french_text,
        locale=english.locale,
        context__object_id=english.translation_key,
    )


@pytest.fixture
def earlier(home, english_home, locales):
    """A page and the main menu, translated: the memory."""
    methods = published(home, "Méthodes", "methodes")
    translate(methods, locales["en"], PAGE_IN_ENGLISH)
    menu = live_navigation(MainMenu, locales["fr"], name="Navigation")
    translate(menu, locales["en"], {"Navigation": "Navigation", "Université": "University"})
    return methods


@pytest.fixture
def translator(client, user_in):
    user = user_in("Translators (English)")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks French by default
    profile.save()
    client.force_login(user)
    return user


def test_a_string_translated_on_a_page_or_a_snippet_is_offered_with_where_it_was(
    home, earlier, locales
):
    english = started(published(home, "Université", "universite"), locales)
    assert offered(english) == {
        "Une page du site.": ("A page of the site.", "Méthodes"),
        "Université": ("University", "Navigation"),
    }


def test_a_translator_uses_one_suggestion(client, translator, home, earlier, locales):
    english = started(published(home, "Université", "universite"), locales)
    page = client.get(memory_url(english)).content.decode()
    pattern = r'data-segment="(\d+)"[^>]*>\s*<td lang="fr">\s*Université\s*<'
    segment = re.search(pattern, page).group(1)

    response = client.post(memory_url(english), {"segment": segment})

    assert response.status_code == 302
    taken = translated(english, "Université")
    assert taken.data == "University"
    assert taken.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL
    assert taken.last_translated_by == translator
    assert set(offered(english)) == {"Une page du site."}


def test_a_translator_uses_every_exact_match_at_once(client, translator, home, earlier, locales):
    english = started(published(home, "Université", "universite"), locales)

    client.post(memory_url(english), {"all": ""})

    assert translated(english, "Université").data == "University"
    assert translated(english, "Une page du site.").data == "A page of the site."
    assert offered(english) == {}
    # What the memory does not know is left to the translator.
    page = client.get(memory_url(english)).content.decode()
    assert "1 string is left to translate" in page


def similar_page(home, locales):
    """A page started in English whose introduction is like the earlier page's (81% alike),
    and whose title is like nothing translated before."""
    french = published(home, "Une autre page", "autre", introduction="Une page du site web.")
    return started(french, locales)


def test_a_similar_french_string_is_offered_with_how_alike_and_what_it_translated(
    home, earlier, locales
):
    english = similar_page(home, locales)
    _segments, found = suggestions(translation_for(english))
    (similar,) = [s for s in found if not s.exact]
    assert similar.segment.string.data == "Une page du site web."
    assert (similar.english, similar.french, similar.found_in) == (
        "A page of the site.",
        "Une page du site.",
        "Méthodes",
    )
    assert similar.percent == 80  # pg_trgm's 0.8095, rounded down
    # Under 75% alike ("Une autre page" shares a third of its trigrams with "Une page du
    # site."): nothing offered.
    assert "Une autre page" not in offered(english)


def test_a_similar_match_is_taken_marked_for_the_translator_to_check(
    client, translator, home, earlier, locales
):
    english = similar_page(home, locales)
    page = client.get(memory_url(english)).content.decode()
    assert "80% alike" in page
    assert "<q>Une page du site.</q>" in page

    # "Use all" takes exact matches only.
    client.post(memory_url(english), {"all": ""})
    assert "Une page du site web." in offered(english)
    segment = re.search(r'data-segment="(\d+)" data-similarity="80"', page).group(1)
    client.post(memory_url(english), {"segment": segment})

    taken = translated(english, "Une page du site web.")
    assert taken.data == "A page of the site."
    assert taken.has_error  # counted as still to translate until the translator saves it
    assert taken.field_error.startswith("Taken from the translation of a similar French text")
    assert offered(english) == {}


def test_a_suggestion_too_long_for_its_field_is_refused_with_its_message(
    client, translator, home, earlier, locales
):
    # Written for an introduction, which takes any length; offered for a title, which does not.
    source = published(home, "Source", "source", introduction="Université de Lille")
    translate(
        source,
        locales["en"],
        {"Source": "Source", "source": "source", "Université de Lille": LONG_ENGLISH * 2},
    )
    english = started(published(home, "Université de Lille", "universite-de-lille"), locales)

    response = client.post(memory_url(english), {"all": ""})

    assert response.status_code == 302
    message = str(next(iter(get_messages(response.wsgi_request))))
    assert message.startswith(
        "“Université de Lille” was not translated: This field takes at most 255"
    )
    assert not StringTranslation.objects.filter(
        context__object_id=english.translation_key
    ).exists()


def test_the_translation_editor_and_the_report_lead_to_the_memory(
    client, translator, home, earlier, locales
):
    english = started(published(home, "Université", "universite"), locales)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.id])).content.decode()
    assert memory_url(english) in editor
    report = client.get(reverse("translations_status_report")).content.decode()
    assert memory_url(english) in report


def test_only_whoever_may_edit_the_translation_opens_the_memory(
    client, user_in, home, earlier, locales
):
    english = started(published(home, "Université", "universite"), locales)
    client.force_login(user_in("Editors"))
    assert client.get(memory_url(english)).status_code == 302  # Wagtail's refusal
    assert client.post(memory_url(english), {"all": ""}).status_code == 302
    assert not StringTranslation.objects.filter(
        context__object_id=english.translation_key
    ).exists()
    client.force_login(user_in("Moderators"))
    assert client.get(memory_url(english)).status_code == 200
    # A French page is no translation.
    assert client.get(memory_url(earlier)).status_code == 404


def earlier_pages(home, locales, start, count):
    """Pages translated before, each with its own sentence."""
    for n in range(start, start + count):
        page = published(home, f"Page {n}", f"page-{n}", introduction=f"Phrase {n}.")
        in_english = {f"Page {n}": f"Page {n}", f"page-{n}": f"page-{n}"}
        translate(page, locales["en"], {**in_english, f"Phrase {n}.": f"Sentence {n}."})


def new_page(home, locales, n, name="Nouvelle"):
    """A page started in English whose body holds the `n` first earlier sentences."""
    body = [{"type": "paragraph", "value": f"<p>Phrase {i}.</p>"} for i in range(n)]
    slug = f"{name.lower()}-{n}"
    return started(published(home, f"{name} {n}", slug, body=body), locales)


def test_the_memory_asks_as_many_queries_whatever_its_size_and_the_pages(
    client, translator, home, english_home, locales, django_assert_max_num_queries
):
    def queries(english):
        # 4 of them for similar matches: a savepoint, the threshold, the look-up, its release.
        with django_assert_max_num_queries(18) as captured:
            assert client.get(memory_url(english)).status_code == 200
        return len(captured)

    earlier_pages(home, locales, 0, 2)
    small = new_page(home, locales, 2)
    with_2 = queries(small)
    earlier_pages(home, locales, 2, 18)
    assert queries(small) == with_2
    assert queries(new_page(home, locales, 20)) == with_2


def test_using_the_matches_asks_as_many_queries_whatever_the_size_of_the_memory(
    client, translator, home, english_home, locales
):
    # The strings taken are checked against their fields and saved in bulk.
    def queries(english):
        with CaptureQueriesContext(connection) as captured:
            assert client.post(memory_url(english), {"all": ""}).status_code == 302
        assert offered(english) == {}
        return len(captured)

    earlier_pages(home, locales, 0, 2)
    with_2 = queries(new_page(home, locales, 2))
    earlier_pages(home, locales, 2, 18)
    assert queries(new_page(home, locales, 2, name="Autre")) == with_2
    assert queries(new_page(home, locales, 20, name="Longue")) == with_2
