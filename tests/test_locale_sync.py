"""New French pages wait in English as aliases that never pass for English pages."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

from tests.factories import (
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
    StandardPageFactory,
)
from tests.i18n import in_french
from translations.limits import too_long_message
from translations.translating import translate

pytestmark = pytest.mark.django_db


def create_in_admin(client, parent, title, slug, action="action-publish"):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": "Une nouvelle page.",
            "image_alt": "",
            "body": streamfield([]),
            "show_in_menus": "on",
            action: "on",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", parent.id))
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Page.objects.get(slug=slug, locale=parent.locale)


def test_a_draft_made_in_the_admin_has_no_english_alias_yet(admin_client, home, english_home):
    french = create_in_admin(admin_client, home, "Brouillon", "brouillon", action="save")
    assert not french.live
    assert not Page.objects.filter(alias_of=french).exists()


def test_a_page_published_in_the_admin_waits_in_english_as_an_alias(
    admin_client, client, home, english_home
):
    french = create_in_admin(admin_client, home, "Nouvelle page", "nouvelle-page")
    alias = Page.objects.get(alias_of=french)
    assert alias.locale.language_code == "en"
    assert alias.get_parent().id == english_home.id

    response = client.get(alias.url)
    assert response.status_code == 302
    assert response["Location"] == "/fr/nouvelle-page/"

    english_home_html = client.get("/en/").content.decode()
    assert "Nouvelle page" not in english_home_html  # not in the English menu
    french_html = client.get("/fr/nouvelle-page/").content.decode()
    assert 'hreflang="en"' not in french_html.split("</head>")[0]
    assert "/en/nouvelle-page/" not in client.get("/sitemap.xml").content.decode()


def test_an_alias_is_left_out_of_english_listings(client, home, english_home, locales):
    research = ResearchIndexPageFactory(parent=home)
    translate(research, locales["en"], {"Recherche": "Research", "recherche": "research"})
    program = ResearchProgramPageFactory(parent=research, title="Neurosciences", slug="neuro")
    program.copy_for_translation(locales["en"], copy_parents=True, alias=True)
    assert "Neurosciences" in client.get("/fr/recherche/").content.decode()
    assert "Neurosciences" not in client.get("/en/research/").content.decode()


def test_translating_an_alias_makes_it_an_english_page(
    admin_client, client, home, english_home, locales
):
    french = create_in_admin(admin_client, home, "Nouvelle page", "nouvelle-page")
    translate(
        french.specific,
        locales["en"],
        {
            "Nouvelle page": "New page",
            "nouvelle-page": "new-page",
            "Une nouvelle page.": "A new page.",
        },
    )
    response = client.get("/en/new-page/")
    assert response.status_code == 200
    assert "<h1>New page</h1>" in response.content.decode()
    assert "New page" in client.get("/en/").content.decode()  # now in the English menu


def test_machine_translation_fills_the_strings_with_the_configured_translator(
    admin_client, home, english_home, locales, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    page = StandardPageFactory(parent=home, title="Essais cliniques", slug="essais")
    translate(
        page,
        locales["en"],
        {"Essais cliniques": "Clinical trials", "essais": "trials", page.introduction: "A page."},
    )
    translation = Translation.objects.get(source__object_id=page.translation_key)
    StringTranslation.objects.filter(
        locale=locales["en"], translation_of__data="Essais cliniques"
    ).delete()

    url = reverse("wagtail_localize:machine_translate", args=[translation.id])
    response = admin_client.post(url, {"next": "/admin/"})
    assert response.status_code == 302
    machine = StringTranslation.objects.get(
        locale=locales["en"], translation_of__data="Essais cliniques"
    )
    assert machine.data == "cliniques Essais"  # the dummy translator reverses the words
    assert machine.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE


class WordyTranslator(DummyTranslator):
    """A machine translator whose English runs four times as long as the French."""

    def translate(self, source_locale, target_locale, strings):
        return {string: StringValue(string.data * 4) for string in strings}


def test_a_machine_translation_longer_than_its_field_is_refused_with_a_message(
    admin_client, home, english_home, locales, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "tests.test_locale_sync.WordyTranslator"
    }
    title = "Essais cliniques de phase trois sur les nouveaux traitements du diabète de type 2"
    page = StandardPageFactory(parent=home, title=title, slug="essais")
    translate(
        page, locales["en"], {title: "Clinical trials", "essais": "trials", page.introduction: "A"}
    )
    translation = Translation.objects.get(source__object_id=page.translation_key)
    StringTranslation.objects.filter(locale=locales["en"]).delete()

    url = reverse("wagtail_localize:machine_translate", args=[translation.id])
    response = admin_client.post(url, {"next": "/admin/"}, follow=True)

    assert response.redirect_chain == [("/admin/", 302)]
    message = str(next(iter(response.context["messages"])))
    assert message.startswith("La traduction automatique n’a pas été appliquée")
    assert "« Essais cliniques de phase trois" in message
    assert in_french(too_long_message(255, len(title) * 4)) in message
    # All or nothing, as wagtail-localize saves them: not even the strings that fitted.
    assert not StringTranslation.objects.filter(locale=locales["en"]).exists()


def test_without_a_translator_the_machine_translation_view_is_absent(
    admin_client, home, english_home, locales, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    page = StandardPageFactory(parent=home, title="Essais", slug="essais")
    translate(
        page, locales["en"], {"Essais": "Trials", "essais": "trials", page.introduction: "A page."}
    )
    translation = Translation.objects.get(source__object_id=page.translation_key)
    url = reverse("wagtail_localize:machine_translate", args=[translation.id])
    # The 404 outside the language prefixes is sent on to /fr/... by LocaleMiddleware: still 404.
    assert admin_client.post(url, follow=True).status_code == 404


@pytest.mark.parametrize(
    ("settings_module", "deepl_key", "expected"),
    [
        ("config.settings.production", "k3y:fx", "DeepLTranslator"),
        ("config.settings.production", "", "None"),
        ("config.settings.dev", "", "DummyTranslator"),
        ("config.settings.dev", "k3y:fx", "DeepLTranslator"),
    ],
)
def test_machine_translator_comes_from_the_environment(settings_module, deepl_key, expected):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DEEPL_AUTH_KEY": deepl_key,
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "postgres://u@localhost/db",
        "TRUSTED_PROXY_COUNT": "0",
    }
    code = (
        "from django.conf import settings;"
        "c = getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None);"
        "print(c['CLASS'].rsplit('.', 1)[1] if c else None)"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == expected, result.stderr


def test_an_alias_submitted_for_translation_is_not_shown_until_its_translation_is_published(
    admin_client, client, home, english_home, locales, django_capture_on_commit_callbacks
):
    french = create_in_admin(admin_client, home, "Nouvelle page", "nouvelle-page")
    assert client.get("/en/nouvelle-page/").status_code == 302  # the alias: to the French page

    submit = reverse("wagtail_localize:submit_page_translation", args=[french.id])
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(submit, {"locales": [locales["en"].id]}).status_code == 302

    # Now a translation in progress, with every string still in French: no visitor sees it
    # as the English page, in listings, menus or at its address.
    english = french.get_translation(locales["en"])
    assert english.alias_of_id is None
    response = client.get("/en/nouvelle-page/")
    assert response.status_code in {302, 404}
    assert "Nouvelle page" not in client.get("/en/").content.decode()
    assert "/en/nouvelle-page/" not in client.get("/sitemap.xml").content.decode()
