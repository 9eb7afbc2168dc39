import pytest
from django.core.exceptions import ValidationError

from home.blocks import BodyBlock, LinkBlock
from tests.content import every_block, make_document, make_image, store_embed
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_every_block_of_the_library_renders_on_a_page(client, home, media):
    store_embed()
    body = every_block(home, make_image(), make_document())
    StandardPageFactory(parent=home, slug="blocs", body=body)

    html = client.get("/fr/blocs/").content.decode()

    assert "<h2>Domaines d’excellence</h2>" in html
    assert "<b>de la Faculté</b>" in html
    assert 'alt="Un amphithéâtre"' in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert "amphi.jpg" not in html  # renditions only, never the original file
    assert "© Faculté de médecine" in html
    assert "<blockquote><p>La recherche irrigue le cursus.</p></blockquote>" in html
    assert '<span class="key-figures__value">31</span>' in html
    assert '<a class="button" href="/fr/">Contact</a>' in html
    assert ">Rapport d’activité</a>" in html and "(PDF" in html
    assert 'src="https://www.youtube.com/embed/demo"' in html
    assert "<summary>Neurosciences</summary>" in html


@pytest.mark.parametrize(
    "link",
    [
        {"page": None, "url": "", "text": "Nulle part"},
        {"page": "home", "url": "https://example.org/", "text": "Les deux"},
    ],
)
def test_a_link_takes_a_page_or_an_address_not_both(home, link):
    block = LinkBlock()
    value = dict(link, page=home if link["page"] == "home" else None)
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**value, "page": value["page"] and value["page"].pk}))


def test_a_link_to_a_page_or_an_address_is_valid(home):
    block = LinkBlock()
    assert block.clean(block.to_python({"page": home.pk, "url": "", "text": "Accueil"}))
    assert block.clean(block.to_python({"page": None, "url": "https://example.org/", "text": "X"}))


def test_an_image_needs_alt_text_unless_decorative(home, media):
    image = make_image()
    figure = BodyBlock().child_blocks["image"]
    missing_alt = {
        "image": {"image": image.pk, "alt_text": "", "decorative": False},
        "caption": "",
    }
    with pytest.raises(ValidationError):
        figure.clean(figure.to_python(missing_alt))
    decorative = {"image": {"image": image.pk, "alt_text": "", "decorative": True}, "caption": ""}
    assert figure.clean(figure.to_python(decorative))


def test_every_block_has_a_description_for_editors():
    for name, block in BodyBlock().child_blocks.items():
        assert block.meta.description, name
