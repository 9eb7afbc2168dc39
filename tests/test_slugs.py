"""Slugs are plain ASCII; a translation's follows its own title unless a translator wrote it."""

import pytest
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def translate_fields(page, locale, texts):
    """Translate only the fields of `page` named in `texts` (by path) with wagtail-localize, as a
    translator who leaves the others alone; the rest falls back to the French."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for path, text in texts.items():
        segment = StringSegment.objects.get(source=source, context__path=path)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text},
        )
    translation.save_target(publish=True)
    # wagtail-localize publishes once the transaction commits, which a test's never does.
    target = page.get_translation(locale)
    target.get_latest_revision().publish()
    target.refresh_from_db()
    return target


def test_a_french_title_makes_an_ascii_slug(home):
    page = StandardPageFactory(parent=home, title="Café des sciences", slug="")
    assert page.slug == "cafe-des-sciences"


def test_the_english_slug_follows_the_english_title_when_no_translator_wrote_one(
    client, home, english_home, locales
):
    french = StandardPageFactory(parent=home, title="Méthodes de recherche", slug="methodes")
    english = translate_fields(french, locales["en"], {"title": "Research methods"})
    assert english.slug == "research-methods"
    assert client.get("/en/research-methods/").status_code == 200
    french.refresh_from_db()
    assert french.slug == "methodes"


def test_a_translation_keeps_the_french_slug_until_its_title_is_translated(
    home, english_home, locales
):
    french = StandardPageFactory(parent=home, title="Méthodes de recherche", slug="methodes")
    english = translate_fields(french, locales["en"], {"introduction": "A page of the site."})
    assert english.slug == "methodes"


@pytest.mark.parametrize(
    ("written", "slug"),
    [("contact", "contact"), ("Café", "cafe")],
)
def test_a_slug_a_translator_wrote_is_kept_in_ascii(home, english_home, locales, written, slug):
    french = StandardPageFactory(parent=home, title="Contact", slug="contact")
    texts = {"title": "Get in touch", "slug": written}
    assert translate_fields(french, locales["en"], texts).slug == slug
