import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

pytestmark = pytest.mark.django_db


def load_demo():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_demo_content_is_idempotent(locales):
    load_demo()
    pages = list(Page.objects.order_by("path").values_list("locale__language_code", "url_path"))
    load_demo()
    assert (
        list(Page.objects.order_by("path").values_list("locale__language_code", "url_path"))
        == pages
    )
    assert ("fr", "/accueil/") in pages and ("en", "/home/") in pages


def test_every_english_page_is_a_complete_wagtail_localize_translation(client, locales):
    load_demo()
    english_pages = Page.objects.filter(locale=locales["en"], depth__gt=1)
    assert english_pages.exists()
    for english in english_pages:
        assert english.live and english.alias_of_id is None
        french = english.get_translation(Locale.objects.get(language_code="fr"))
        translation = Translation.objects.get(
            source__object_id=french.translation_key, target_locale=locales["en"]
        )
        segments = StringSegment.objects.filter(source=translation.source)
        translated = StringTranslation.objects.filter(
            translation_of__in=segments.values("string"), locale=locales["en"]
        )
        assert segments.count() == translated.count() > 0
        assert translation.get_progress() == (segments.count(), segments.count())


def test_demo_home_serves_both_languages(client, locales):
    load_demo()
    french = client.get("/fr/").content.decode()
    english = client.get("/en/").content.decode()
    assert "31" in french and "équipes de recherche" in french
    assert "research teams" in english and "équipes" not in english
