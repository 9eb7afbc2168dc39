"""Uploads: images in raster formats, documents in office formats, each within a size;
documents served as downloads, after their collection's restrictions are checked."""

import io

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from home.models import SiteImage
from tests.content import make_image

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def admin_client(client, django_user_model, media):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    return client


def upload(client, url, name, content):
    root = Collection.get_first_root_node()
    file = SimpleUploadedFile(name, content)
    return client.post(url, {"title": name, "file": file, "collection": root.pk})


def png(size=(40, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (122, 20, 48)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_svg_image_is_refused_with_a_message(admin_client):
    response = upload(admin_client, "/admin/images/add/", "logo.svg", SVG)
    assert response.status_code == 200
    assert "svg" in response.content.decode().lower()
    assert response.context["form"].errors["file"]
    assert not SiteImage.objects.exists()


def test_a_raster_image_is_accepted(admin_client):
    response = upload(admin_client, "/admin/images/add/", "amphi.png", png())
    assert response.status_code == 302
    assert SiteImage.objects.count() == 1


def test_an_oversized_image_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload(admin_client, "/admin/images/add/", "big.png", png((800, 800)))
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not SiteImage.objects.exists()


@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "script.js"])
def test_a_document_that_a_browser_would_run_is_refused(admin_client, name):
    response = upload(admin_client, "/admin/documents/add/", name, b"<script>alert(1)</script>")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Document.objects.exists()


def test_an_oversized_document_is_refused_with_a_message(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(admin_client, "/admin/documents/add/", "rapport.pdf", b"%PDF" * 1000)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    # The limit, in the admin's French: "1,0 Ko".
    assert "1,0" in errors
    assert not Document.objects.exists()


def test_a_document_is_served_as_a_download_never_sniffed(client, media):
    document = Document.objects.create(
        title="Rapport", file=ContentFile(b"%PDF-1.4 demo", name="rapport.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_document_in_a_private_collection_is_not_served_anonymously(client, media):
    private = Collection.get_first_root_node().add_child(name="Interne")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.create(
        title="Budget", collection=private, file=ContentFile(b"secret", name="budget.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 302
    assert b"secret" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_an_images_rendition_is_served_from_media_and_kept_by_browsers(client, media):
    rendition = make_image().get_rendition("fill-120x80")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "max-age=2592000" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    rendition.file.open()
    assert b"".join(response.streaming_content) == rendition.file.read()


def test_documents_are_never_served_from_media_only_through_their_view(client, media):
    document = Document.objects.create(
        title="Budget", file=ContentFile(b"secret figures", name="budget.pdf")
    )
    response = client.get(settings.MEDIA_URL + document.file.name, follow=True)
    assert response.status_code == 404
    assert b"secret figures" not in response.content
