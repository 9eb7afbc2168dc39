"""What changed in the French since a translation: the French then and now, word by word,
beside the English; reached from the report, the dashboard and the translation editor."""

import re

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override

from tests.content import CONTACT_IN_ENGLISH
from tests.factories import ContactPageFactory, StandardPageFactory
from translations.translating import translate
from translations.updating import translation_for
from wording.changes import changes

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/translation-status/"


def what_changed_url(english):
    return reverse("translations_what_changed", args=[english.id])


def paragraphs(count):
    return [
        {"type": "paragraph", "value": f"<p>Le paragraphe {n} du site.</p>"} for n in range(count)
    ]


def english_of(french):
    """Every French string in English, as a translator would have it."""
    strings = {
        "Méthodes": "Methods",
        "methodes": "methods",
        "Une page du site.": "A page of the site.",
        "Nos <b>équipes</b> de recherche.": "Our <b>research</b> teams.",
    }
    for number in re.findall(r"paragraphe (\d+)", str(french.body.raw_data)):
        strings[f"Le paragraphe {number} du site."] = f"Paragraph {number} of the site."
    return strings


def out_of_date(home, locales, body=(), slug="methodes"):
    """A French page published, translated into English, then changed and published again:
    its introduction reworded, its title kept."""
    french = StandardPageFactory(
        parent=home,
        title="Méthodes",
        slug=slug,
        live=False,
        body=[*body, {"type": "paragraph", "value": "<p>Nos <b>équipes</b> de recherche.</p>"}],
    )
    french.save_revision().publish()
    french.refresh_from_db()
    english = translate(french, locales["en"], english_of(french) | {slug: f"{slug}-en"}).specific
    french.introduction = "Une page du site <revue> & corrigée."
    french.save_revision().publish()
    return french, english


@pytest.fixture
def pages(home, english_home, locales):
    return out_of_date(home, locales)


def test_the_changed_string_shows_the_french_then_and_now_marked_with_the_english(
    client, user_in, pages
):
    _french, english = pages
    client.force_login(user_in("Translators (English)"))
    response = client.get(what_changed_url(english))
    assert response.status_code == 200
    html = response.content.decode()
    changed, unchanged = html.split("data-unchanged", 1)
    row = re.search(r"<tr data-segment>(.*?)</tr>", changed, re.S).group(1)
    assert "Introduction" in row
    assert "<del>site.</del>" in row
    assert "<ins>site</ins> <ins>&lt;revue&gt;</ins> <ins>&amp;</ins> <ins>corrigée.</ins>" in row
    assert "A page of the site." in row
    # The unchanged strings are folded away, rich text as plain words with its English.
    assert "<details" in changed[-200:]
    assert "Nos équipes de recherche." in unchanged
    assert "Our research teams." in unchanged
    assert changed.count("<tr data-segment>") == 1


def test_a_new_string_shows_as_inserted(home, english_home, locales):
    french, english = out_of_date(home, locales)
    french.body = [*french.body.raw_data, *paragraphs(1)]
    french.save_revision().publish()
    segments, then_found = changes(translation_for(english))
    assert then_found
    new = [segment for segment in segments if not segment.then and segment.changed]
    assert [" ".join(word.text for word in new[0].now)] == ["Le paragraphe 0 du site."]
    assert new[0].english == ""


def test_a_french_page_never_published_with_a_revision_shows_every_string_as_new(
    home, english_home, locales
):
    french = StandardPageFactory(parent=home, title="Équipes", slug="equipes")
    strings = {"Équipes": "Teams", "equipes": "teams", "Une page du site.": "A page."}
    english = translate(french, locales["en"], strings)
    segments, then_found = changes(translation_for(english))
    assert not then_found
    assert all(segment.changed and not segment.then for segment in segments)


def test_a_form_field_is_named_by_its_relation(home, english_home, locales):
    french = ContactPageFactory(parent=home, live=False)
    french.save_revision().publish()
    english = translate(french, locales["en"], CONTACT_IN_ENGLISH)
    fields = list(french.form_fields.all())
    fields[0].label = "Nom complet"
    french.form_fields = fields
    french.save_revision().publish()
    with override("en"):
        [changed] = [
            segment for segment in changes(translation_for(english))[0] if segment.changed
        ]
        assert (changed.field, changed.english) == ("Form fields", "Name")


def test_the_report_the_dashboard_and_the_editor_lead_there(client, user_in, pages):
    french, english = pages
    url = what_changed_url(english)
    client.force_login(user_in("Translators (English)"))
    report = client.get(REPORT_URL).content.decode()
    row = re.search(rf'<tr data-state="out_of_date" data-page="{french.id}".*?</tr>', report, re.S)
    assert url in row.group(0)
    dashboard = client.get("/admin/").content.decode()
    waiting = re.search(r"<table [^>]*data-waiting>.*?</table>", dashboard, re.S).group(0)
    assert url in waiting
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.id]))
    assert url in "".join(str(message) for message in get_messages(editor.wsgi_request))


def test_only_those_who_may_edit_the_translation_see_what_changed(client, user_in, pages):
    french, english = pages
    client.force_login(user_in("Editors"))
    assert client.get(what_changed_url(english)).status_code == 302
    assert what_changed_url(english) not in client.get(REPORT_URL).content.decode()
    client.force_login(user_in("Moderators"))
    assert client.get(what_changed_url(english)).status_code == 200
    # A French page has no translation to compare.
    assert client.get(what_changed_url(french)).status_code == 404


def test_what_changed_asks_as_many_queries_for_20_strings_as_for_2(
    client, user_in, home, english_home, locales
):
    client.force_login(user_in("Translators (English)"))

    def queries(english):
        client.get(what_changed_url(english))  # warms what is kept once per process
        with CaptureQueriesContext(connection) as view:
            response = client.get(what_changed_url(english))
        assert response.status_code == 200
        assert response.content.decode().count("<tr data-segment>") > len(english.body)
        return len(view)

    _french, few = out_of_date(home, locales, paragraphs(2))
    with_2 = queries(few)
    _french, many = out_of_date(home, locales, paragraphs(20), slug="equipes")
    assert len(many.body) == 21
    assert queries(many) == with_2 <= 25
