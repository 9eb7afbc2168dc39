"""Every field of every page type and snippet is translated or shared with the French page on
purpose: a field added without a decision fails here."""

import pytest
from modelcluster.fields import ParentalKey
from wagtail.models import Page, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import ContactFormField, ContactPage, Footer, FooterLink, MainMenu, MainMenuItem
from partners.models import PartnerPage
from research.models import ProjectPage

# Every page type of the site, a new one included: Wagtail's own Page is no content type.
PAGE_TYPES = [model for model in get_page_models() if model is not Page]
SNIPPETS_AND_CHILDREN = [MainMenu, MainMenuItem, Footer, FooterLink, ContactFormField]

# Wagtail's own page fields an editor fills in; the rest of Page (tree, dates, owner) is not
# content, and publishing dates belong to each language's own schedule.
EDITED_PAGE_FIELDS = {"title", "slug", "seo_title", "search_description", "show_in_menus"}
# Set by the mixins for drafts, revisions and translations, not by editors.
MIXIN_FIELDS = {
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
    "expired",
    "live_revision",
    "latest_revision",
    "locale",
    "translation_key",
    "sort_order",
}


def edited_fields(model):
    """The fields and child relations an editor fills in on `model` in the admin."""
    names = set()
    for field in model._meta.get_fields():
        if field.auto_created and not field.one_to_many:
            continue
        if field.one_to_many:
            if (
                isinstance(field.remote_field, ParentalKey)
                and field.name != "wagtail_admin_comments"
            ):
                names.add(field.name)
            continue
        if isinstance(field, ParentalKey) or not field.editable:
            continue
        if issubclass(model, Page) and field.model is Page:
            continue
        if field.name not in MIXIN_FIELDS:
            names.add(field.name)
    if issubclass(model, Page):
        names |= EDITED_PAGE_FIELDS
    return names


def kinds(model):
    """{field name: "translated" | "shared" | "shared, overridable"} as declared on `model`."""
    declared = {}
    for field in model.translatable_fields:
        if isinstance(field, TranslatableField):
            declared[field.field_name] = "translated"
        else:
            assert isinstance(field, SynchronizedField)
            declared[field.field_name] = "shared, overridable" if field.overridable else "shared"
    return declared


@pytest.mark.parametrize("model", PAGE_TYPES + SNIPPETS_AND_CHILDREN, ids=lambda m: m.__name__)
def test_every_field_is_translated_or_shared_on_purpose(model):
    assert "translatable_fields" in vars(model) or any(
        "translatable_fields" in vars(parent) for parent in model.__mro__[1:]
    )
    assert set(kinds(model)) == edited_fields(model)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_words_are_translated_and_images_shared_on_every_page(model):
    declared = kinds(model)
    for name in ("title", "slug", "introduction", "image_alt", "body"):
        assert declared[name] == "translated", name
    # A translator may choose an image without French words in it.
    assert declared["image"] == "shared, overridable"


def test_facts_are_shared_and_only_some_links_overridable():
    project = kinds(ProjectPage)
    for name in ("funding_amount", "funding_start_year", "funding_end_year", "funder_links"):
        assert project[name] == "shared", name
    partner = kinds(PartnerPage)
    assert partner["kind"] == "shared"
    assert partner["logo"] == partner["website"] == "shared, overridable"
    contact = kinds(ContactPage)
    assert contact["address"] == contact["to_address"] == "shared"
    assert contact["form_fields"] == "translated"
    assert kinds(ContactFormField)["clean_name"] == "shared"
    assert kinds(MainMenuItem) == {
        "page": "shared, overridable",
        "url": "shared, overridable",
        "label": "translated",
    }
    assert "go_live_at" not in kinds(MainMenu) and "go_live_at" not in kinds(Footer)
