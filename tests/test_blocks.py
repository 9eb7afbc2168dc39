import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from home.blocks import BodyBlock, LinkBlock
from home.models import SiteImage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def make_image(title="Amphithéâtre"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (122, 20, 48)).save(buffer, format="JPEG")
    return SiteImage.objects.create(
        title=title, file=ImageFile(buffer, name="amphi.jpg"), credit="Faculté de médecine"
    )


@pytest.fixture
def document(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    from django.core.files.base import ContentFile

    return Document.objects.create(
        title="Rapport d’activité", file=ContentFile(b"%PDF-1.4 demo", name="rapport.pdf")
    )


def test_every_block_of_the_library_renders_on_a_page(client, home, document, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = make_image()
    # Embeds come from the network; a stored one is what Wagtail's finder would return.
    Embed.objects.create(
        url="https://www.youtube.com/watch?v=demo",
        hash=get_embed_hash("https://www.youtube.com/watch?v=demo"),
        type="video",
        html='<iframe title="Présentation" src="https://www.youtube.com/embed/demo"></iframe>',
    )
    body = [
        ("heading", {"text": "Domaines d’excellence", "level": "h2"}),
        ("paragraph", "<p>Les équipes de recherche <b>de la Faculté</b>.</p>"),
        (
            "image",
            {
                "image": {"image": image.pk, "alt_text": "Un amphithéâtre", "decorative": False},
                "caption": "L’amphithéâtre",
            },
        ),
        ("quote", {"text": "La recherche irrigue le cursus.", "attribution": "La Faculté"}),
        (
            "key_figures",
            {
                "title": "Chiffres clés",
                "figures": [{"value": "31", "label": "équipes de recherche"}],
            },
        ),
        (
            "call_to_action",
            {
                "title": "Nous contacter",
                "text": "Écrivez-nous.",
                "link": {"page": home.pk, "url": "", "text": "Contact"},
            },
        ),
        ("document", {"document": document.pk, "text": ""}),
        ("embed", {"url": "https://www.youtube.com/watch?v=demo", "caption": "Une vidéo"}),
        (
            "accordion",
            {
                "title": "Questions",
                "items": [{"title": "Neurosciences", "body": "<p>Un domaine d’excellence.</p>"}],
            },
        ),
    ]
    # Raw stream data, as the admin saves it: choosers hold ids.
    StandardPageFactory(
        parent=home, slug="blocs", body=[{"type": name, "value": value} for name, value in body]
    )

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


def test_an_image_needs_alt_text_unless_decorative(home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
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
