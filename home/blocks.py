"""The one block library every StreamField of the site is built from."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

# Images stay out of rich text: their alt text there cannot be translated.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class StructBlock(blocks.StructBlock):
    """A struct whose optional texts are "" when left empty, never None. Content stored by an
    import or through the API may hold null there, which wagtail-localize cannot extract: it
    answers "submit for translation" with a server error (wagtail-localize#918)."""

    def without_nulls(self, value):
        texts = (blocks.CharBlock, blocks.TextBlock)
        return {
            name: "" if item is None and isinstance(self.child_blocks.get(name), texts) else item
            for name, item in value.items()
        }

    def to_python(self, value):
        return super().to_python(self.without_nulls(value))

    def bulk_to_python(self, values):
        return super().bulk_to_python([self.without_nulls(value) for value in values])


class HeadingBlock(StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section title, listed in the page outline.")
        template = "home/blocks/heading.html"
        preview_value = {"text": "Recherche translationnelle", "level": "h2"}

    def get_searchable_content(self, value):
        # The level's label ("Section heading") is no words of the page: search the text only.
        return self.child_blocks["text"].get_searchable_content(value["text"])


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Text with bold, italic, links and lists.")
        template = "home/blocks/paragraph.html"
        preview_value = (
            "<p>La Faculté de médecine de Lille conduit des programmes de recherche "
            "fondamentale et clinique ambitieux.</p>"
        )


class FigureBlock(StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with its alt text and an optional caption.")
        template = "home/blocks/figure.html"

    def get_preview_value(self):
        # The library's latest image; the caption alone while the library is empty.
        image = get_image_model().objects.order_by("-created_at").first()
        return self.to_python(
            {
                "image": {
                    "image": image and image.pk,
                    "alt_text": image and image.default_alt_text,
                    "decorative": False,
                },
                "caption": "Les plateformes de recherche de la Faculté de médecine de Lille.",
            }
        )


class QuoteBlock(StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation, with who said it.")
        template = "home/blocks/quote.html"
        preview_value = {
            "text": "La recherche irrigue l’ensemble du cursus.",
            "attribution": "Faculté de médecine de Lille",
        }


class KeyFigureBlock(StructBlock):
    # A figure is text, not a number: "plus de 1 000" and "over 1,000" are written differently.
    value = blocks.CharBlock(label=_("Figure"), max_length=40)
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)

    class Meta:
        description = _("A figure and what it counts.")
        preview_value = {"value": "31", "label": "équipes de recherche"}


class KeyFiguresBlock(StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "order"
        label = _("Key figures")
        description = _("Up to six figures shown side by side.")
        template = "home/blocks/key_figures.html"
        preview_value = {
            "title": "Chiffres clés",
            "figures": [
                {"value": "31", "label": "équipes de recherche"},
                {"value": "> 1 000", "label": "publications par an"},
            ],
        }


class LinkBlock(StructBlock):
    """A link to a page of the site or to another site: one of the two, never both."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    text = blocks.CharBlock(label=_("Link text"), max_length=80)

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A link to a page of the site or to another site.")
        template = "home/blocks/link.html"
        preview_value = {"url": "https://www.univ-lille.fr/", "text": "Université de Lille"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter an external address, not both.")
            raise blocks.StructBlockValidationError(non_block_errors=[ValidationError(message)])
        return value


class CallToActionBlock(StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        description = _("A highlighted box leading to a page or another site.")
        template = "home/blocks/call_to_action.html"
        preview_value = {
            "title": "Nous contacter",
            "text": "Faculté de médecine de Lille, F-59045 Lille Cedex.",
            "link": {"url": "https://example.org/", "text": "Contact"},
        }


class DocumentLinkBlock(StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    text = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document’s title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A link to download a document, with its format and size.")
        template = "home/blocks/document_link.html"

    def get_preview_value(self):
        # The library's latest document; the link text alone while the library is empty.
        document = get_document_model().objects.order_by("-created_at").first()
        return self.to_python(
            {"document": document and document.pk, "text": "Rapport d’activité de la recherche"}
        )


class MediaEmbedBlock(StructBlock):
    url = EmbedBlock(label=_("Address of the video or media"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "media"
        label = _("Embedded media")
        description = _("A video or other media from a site such as YouTube or Vimeo.")
        template = "home/blocks/embed.html"
        # A placeholder stands for the video: the preview never asks another site for it.
        preview_template = "home/blocks/embed_preview.html"
        preview_value = {
            "caption": "PreciDIAB, centre national de médecine de précision du diabète"
        }


class AccordionItemBlock(StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = ParagraphBlock(label=_("Content"))

    class Meta:
        description = _("A title that opens onto its content.")
        preview_value = {
            "title": "Neurosciences",
            "body": "<p>Un des cinq domaines d’excellence de la Faculté.</p>",
        }


class AccordionBlock(StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        description = _("Questions or topics that open one by one.")
        template = "home/blocks/accordion.html"
        preview_value = {
            "items": [
                {
                    "title": "Neurosciences",
                    "body": "<p>Un des cinq domaines d’excellence de la Faculté.</p>",
                }
            ]
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    embed = MediaEmbedBlock()
    accordion = AccordionBlock()
