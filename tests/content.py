"""Content the tests build pages from: images, documents, embeds, a body of every block and
English translations; and how they read a rendered page."""

import io
import uuid

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from home.models import Footer, MainMenu, SiteImage

VIDEO_URL = "https://www.youtube.com/watch?v=demo"
# The English of a StandardPageFactory page titled "Méthodes", slug "methodes".
PAGE_IN_ENGLISH = {
    "Méthodes": "Methods",
    "methodes": "methods",
    "Une page du site.": "A page of the site.",
}
# The English of a ContactPageFactory page.
CONTACT_IN_ENGLISH = {
    "Contact": "Contact",
    "contact": "contact",
    "Écrivez-nous, nous vous répondrons.": "Write to us and we will answer.",
    "Merci, votre message nous est parvenu.": "Thank you, your message has reached us.",
    "Nom": "Name",
    "Adresse électronique": "Email address",
    "Message": "Message",
    "Précisez l’équipe ou le projet concerné.": "Tell us which team or project it is about.",
}


class English(dict):
    """Given translations, and for every other string of a page "X (en)", or "x-en" for a slug."""

    def __missing__(self, text):
        return f"{text}-en" if text.islower() and " " not in text else f"{text} (en)"


def html(client, url):
    """The page at `url`, which must be served."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def make_image(title="Amphithéâtre", colour=(122, 20, 48), name="amphi.jpg"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), colour).save(buffer, format="JPEG")
    return SiteImage.objects.create(
        title=title, file=ImageFile(buffer, name=name), credit="Faculté de médecine"
    )


def make_document():
    return Document.objects.create(
        title="Rapport d’activité", file=ContentFile(b"%PDF-1.4 demo", name="rapport.pdf")
    )


def store_embed(url=VIDEO_URL, title="Présentation"):
    """Embeds come from the network; a stored one is what Wagtail's finder would return."""
    video = url.rsplit("=", 1)[-1]
    return Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        type="video",
        html=f'<iframe title="{title}" src="https://www.youtube.com/embed/{video}"></iframe>',
    )


def list_item(value):
    """An item of a list block as the admin saves it: with an id, which wagtail-localize needs
    to extract and translate the item (a bare list is left untranslated)."""
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def every_block(page, image, document, video_url=VIDEO_URL):
    """A body with one block of each kind, as raw stream data in the form the admin saves:
    choosers hold ids. `page` is the call to action's link."""
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
                "figures": [list_item({"value": "31", "label": "équipes de recherche"})],
            },
        ),
        (
            "call_to_action",
            {
                "title": "Nous contacter",
                "text": "Écrivez-nous.",
                "link": {"page": page.pk, "url": "", "text": "Contact"},
            },
        ),
        ("document", {"document": document.pk, "text": ""}),
        ("embed", {"url": video_url, "caption": "Une vidéo"}),
        (
            "accordion",
            {
                "title": "Questions",
                "items": [
                    list_item(
                        {"title": "Neurosciences", "body": "<p>Un domaine d’excellence.</p>"}
                    )
                ],
            },
        ),
    ]
    return [{"type": name, "value": value} for name, value in body]


NAVIGATION_LINKS = {MainMenu: "items", Footer: "links"}


def live_navigation(model, locale, **fields):
    """A published menu or footer (`model`) in `locale`, with one link, to the university."""
    links = NAVIGATION_LINKS[model]
    link = getattr(model, links).rel.related_model
    snippet = model(locale=locale, **fields)
    setattr(
        snippet, links, [link(locale=locale, url="https://www.univ-lille.fr/", label="Université")]
    )
    snippet.save()
    snippet.save_revision().publish()
    return snippet


def change_title_silently(page, title):
    """Changes the page as no editor can: without a publish, so without a purge."""
    Page.objects.filter(pk=page.pk).update(title=title)
