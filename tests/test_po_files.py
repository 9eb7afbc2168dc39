"""A translator's own tool: download a translation as PO, translate, upload, publish."""

import html

import polib
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.factories import StandardPageFactory
from tests.i18n import in_french
from translations.translating import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(home, english_home, locales):
    page = StandardPageFactory(
        parent=home, title="Recherche clinique", slug="recherche-clinique", introduction="Essais."
    )
    translate(
        page,
        locales["en"],
        {
            "Recherche clinique": "Clinical research",
            "recherche-clinique": "clinical-research",
            "Essais.": "Trials.",
        },
    )
    return Translation.objects.get(source__object_id=page.translation_key)


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    return polib.pofile(response.content.decode())


def upload(client, translation, content):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.id])
    file = SimpleUploadedFile("translation.po", content, content_type="text/x-gettext-translation")
    return client.post(url, {"file": file, "next": "/admin/"}, follow=True)


def messages_of(response):
    # wagtail-localize's own messages arrive HTML-escaped.
    return [html.unescape(str(message)).strip() for message in response.context["messages"]]


def english_strings(locales):
    return set(
        StringTranslation.objects.filter(locale=locales["en"]).values_list("data", flat=True)
    )


def test_a_po_round_trip_reaches_the_english_page(admin_client, client, translation, locales):
    po = download(admin_client, translation)
    entry = po.find("Essais.")
    assert entry.msgstr == "Trials."
    entry.msgstr = "Clinical trials, over 10,000 patients a year."

    response = upload(admin_client, translation, str(po).encode())
    assert in_french("Successfully imported translations from PO File.") in messages_of(response)
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()

    html = client.get("/en/clinical-research/").content.decode()
    assert "Clinical trials, over 10,000 patients a year." in html


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\xff not a po file", "Please upload a PO file downloaded from this translation."),
        (
            b'msgid "Essais."\nmsgstr "Hijacked."\n',
            "Please upload a PO file downloaded from this translation.",
        ),
        (b"/etc/passwd", "Please upload a PO file downloaded from this translation."),
    ],
)
def test_a_bad_po_file_is_refused_with_a_message(
    admin_client, translation, locales, content, message
):
    before = english_strings(locales)
    response = upload(admin_client, translation, content)
    assert response.status_code == 200
    assert in_french(message) in messages_of(response)
    assert english_strings(locales) == before


def test_a_po_file_of_another_translation_is_refused(admin_client, translation, home, locales):
    other = StandardPageFactory(parent=home, title="Autre", slug="autre", introduction="")
    translate(other, locales["en"], {"Autre": "Other", "autre": "other"})
    other_translation = Translation.objects.get(source__object_id=other.translation_key)
    po = download(admin_client, other_translation)
    before = english_strings(locales)
    response = upload(admin_client, translation, str(po).encode())
    refusal = in_french("Cannot import PO file that was created for a different translation.")
    assert refusal in messages_of(response)
    assert english_strings(locales) == before


def test_an_upload_without_a_file_is_refused(admin_client, translation):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.id])
    response = admin_client.post(url, {"next": "/admin/"}, follow=True)
    assert response.status_code == 200
    assert in_french("Choose a PO file to upload.") in messages_of(response)


def test_an_over_long_title_in_a_po_file_is_refused(admin_client, translation, locales):
    po = download(admin_client, translation)
    po.find("Recherche clinique").msgstr = "x" * 300
    before = english_strings(locales)
    response = upload(admin_client, translation, str(po).encode())
    assert response.status_code == 200
    refusal = in_french(
        "This field takes at most %(limit)d characters (this translation has %(length)d)."
    ) % {"limit": 255, "length": 300}
    assert refusal in messages_of(response)
    assert english_strings(locales) == before


def test_an_over_long_title_typed_in_the_editor_is_refused(admin_client, translation, locales):
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, title.id])
    form = "value=" + "x" * 300
    response = admin_client.put(url, form, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "255" in response.json()["value"][0]
    english = translation.get_target_instance()
    english.refresh_from_db()
    assert english.draft_title == "Clinical research"
    assert "x" * 300 not in english_strings(locales)

    response = admin_client.put(
        url, "value=Clinical studies", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200


def test_an_over_long_title_saved_from_code_is_refused_as_django_refuses_a_value(
    translation, locales
):
    # Outside the editor's API (the demo loader, a machine translator), no DRF exception.
    page = translation.source.get_source_instance()
    over_long = {
        "Recherche clinique": "x" * 300,
        "recherche-clinique": "clinical-research",
        "Essais.": "Trials.",
    }
    with pytest.raises(ValidationError):
        translate(page, locales["en"], over_long)
    assert "x" * 300 not in english_strings(locales)
