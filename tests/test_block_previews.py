"""Editors see a preview and a description of each block in the block chooser."""

import pytest
from django.urls import reverse
from wagtail import blocks

from home.models import StandardPage
from tests.content import make_document, make_image

pytestmark = pytest.mark.django_db

BODY = StandardPage._meta.get_field("body").stream_block


def library(block, path=()):
    """The site's blocks (home/blocks.py) the body is made of, nested ones included, by their
    path in the body; Wagtail's own field blocks are left out."""
    children = getattr(block, "child_blocks", {})
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for name, child in children.items():
        if type(child).__module__ == "home.blocks":
            yield ".".join((*path, name)), child
        yield from library(child, (*path, name))


LIBRARY = dict(library(BODY))
# What each preview shows of its French example content.
SHOWN = {
    "heading": "<h2>Recherche translationnelle</h2>",
    "paragraph": "programmes de recherche fondamentale",
    "image": "Les plateformes de recherche de la Faculté",
    "quote": "La recherche irrigue l’ensemble du cursus.",
    "key_figures": "publications par an",
    "call_to_action": "Nous contacter",
    "document": "Rapport d’activité de la recherche",
    "embed": "PreciDIAB, centre national de médecine de précision du diabète",
    "accordion": "<summary>Neurosciences</summary>",
}


@pytest.fixture
def editor_client(client, user_in):
    client.force_login(user_in("Editors"))
    return client


def preview(client, block):
    return client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})


def test_every_block_of_the_chooser_is_shown_in_it():
    assert set(SHOWN) == set(BODY.child_blocks)


@pytest.mark.parametrize("path", LIBRARY)
def test_every_block_has_a_description_and_a_preview(editor_client, path):
    block = LIBRARY[path]
    assert str(block.get_description())
    assert block.is_previewable

    response = preview(editor_client, block)
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/css/site.css" in html  # shown as on the site
    if path in SHOWN:
        assert SHOWN[path] in html


def test_media_previews_show_the_librarys_latest_image_and_document(editor_client, media):
    make_image()
    make_document()
    image = preview(editor_client, BODY.child_blocks["image"]).content.decode()
    assert "<picture>" in image and 'type="image/avif"' in image
    assert "amphi.jpg" not in image  # a rendition, never the original
    document = preview(editor_client, BODY.child_blocks["document"]).content.decode()
    assert ">Rapport d’activité de la recherche</a>" in document and "(PDF" in document


def test_a_video_preview_asks_no_other_site(editor_client, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the preview fetched an embed")

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", no_network)
    response = preview(editor_client, BODY.child_blocks["embed"])
    assert response.status_code == 200
    assert '<svg viewBox="0 0 16 9"' in response.content.decode()
