"""Editors meet the admin in their language, French or English: the names of what they edit
included, not only Wagtail's own strings."""

import json
import re

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils.functional import Promise
from wagtail.users.models import UserProfile

from tests.factories import (
    InstitutePageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
)

pytestmark = pytest.mark.django_db

SITE_APPS = ["home", "research", "partners"]


@pytest.mark.parametrize(
    "model",
    [model for app in SITE_APPS for model in apps.get_app_config(app).get_models()],
    ids=lambda model: model.__name__,
)
def test_every_model_is_named_in_both_languages(model):
    """Django makes a name from the class ("program institute") and a plural from the name
    (+ "s"): neither is translated."""
    for name in ("verbose_name", "verbose_name_plural"):
        assert name in model._meta.original_attrs, f"{model.__name__} has no {name}"
        assert isinstance(getattr(model._meta, name), Promise), f"{model.__name__}.{name}"


def admin_in(client, user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def program(home):
    research = ResearchIndexPageFactory(parent=home, title="Recherche", slug="recherche")
    institute = InstitutePageFactory(parent=research, title="EGID", slug="egid")
    program = ResearchProgramPageFactory(parent=research, title="Diabète", slug="diabete")
    program.institute_links.create(institute=institute)
    program.save_revision()  # the editor shows the latest revision
    return program


@pytest.mark.parametrize(
    ("language", "expected", "foreign"),
    [
        (
            "fr",
            ["Instituts", "Ajouter un(e) institut", "Institut<span", "Plateformes"],
            ["Institutes"],
        ),
        ("en", ["Institutes", "Add institute", "Institute<span", "Platforms"], ["Instituts"]),
    ],
)
def test_the_page_editor_speaks_the_editors_language(
    client, user_in, program, language, expected, foreign
):
    admin_in(client, user_in("Moderators"), language)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[program.id]))
    html = " ".join(response.content.decode().split())
    for text in expected:
        assert text in html
    for text in [*foreign, "program institute", "program platform", "program partner"]:
        assert text not in html


def test_only_french_and_english_are_offered_as_admin_languages(client, user_in):
    admin_in(client, user_in("Editors"), "en")
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'value="fr"' in html and 'value="en"' in html
    assert 'value="de"' not in html and 'value="zh-hans"' not in html


@pytest.mark.parametrize(
    ("language", "expected", "foreign"),
    [
        ("fr", ["Traduction de", "Télécharger un fichier PO et effectuer"], ["Translation of"]),
        # English is the editor's own: its catalogue is empty.
        ("en", ["Translation of"], ["Traduction de", "Télécharger"]),
    ],
)
def test_the_translation_editor_speaks_the_editors_language(
    client, user_in, english_home, language, expected, foreign
):
    """wagtail-localize's own catalogue: its page, and its editor's strings (its jsi18n)."""
    admin_in(client, user_in("Moderators"), language)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english_home.id]))
    strings = client.get(reverse("wagtail_localize:javascript_catalog"))
    # The catalogue's strings, when it has any ("const newcatalog = {...};").
    catalog = re.search(r"const newcatalog = (\{.*?\});", strings.content.decode(), re.S)
    translated = json.loads(catalog.group(1)).values() if catalog else []
    text = editor.content.decode() + " ".join(map(str, translated))
    for phrase in expected:
        assert phrase in text
    for phrase in foreign:
        assert phrase not in text


@pytest.mark.parametrize(
    ("language", "submit"),
    [("fr", "Soumettre à la modération"), ("en", "Submit for moderation")],
)
def test_the_editor_submits_to_moderation_in_their_language(
    client, user_in, program, language, submit
):
    # Wagtail names the action after the workflow, stored in one language.
    admin_in(client, user_in("Editors"), language)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[program.id])).content.decode()
    assert submit in html
    assert "Moderators approval" not in html
