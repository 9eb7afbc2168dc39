"""Private pages (password or login restricted) and drafts never reach anonymous visitors:
not served, not in the sitemap, not found by search, not through previews or an API."""

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SECRET = "Protocole confidentiel 4711"


@pytest.fixture(params=[PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def private(request, home):
    page = StandardPageFactory(
        parent=home, title="Essais internes", slug="essais-internes", introduction=SECRET
    )
    child = StandardPageFactory(
        parent=page, title="Essai 4711", slug="essai-4711", introduction=SECRET
    )
    PageViewRestriction.objects.create(page=page, restriction_type=request.param, password="x")
    return page, child


def test_a_private_page_and_its_children_are_not_served(client, private):
    for page in private:
        response = client.get(page.url)
        assert SECRET not in response.content.decode()
        # A password form, or the way to sign in.
        assert response.status_code in (200, 302)


def test_a_private_page_is_not_in_the_sitemap(client, private):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/fr/" in sitemap
    assert "essais-internes" not in sitemap
    assert "essai-4711" not in sitemap


def test_a_private_page_is_not_found_by_search(client, private):
    response = client.get("/fr/rechercher/", {"q": "confidentiel 4711"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "essais-internes" not in html and SECRET not in html


def test_a_draft_is_not_served_and_its_preview_needs_signing_in(client, home):
    draft = StandardPageFactory(parent=home, title="Brouillon", slug="brouillon", live=False)
    assert client.get("/fr/brouillon/").status_code == 404
    preview = client.get(f"/admin/pages/{draft.pk}/edit/preview/")
    assert preview.status_code == 302
    assert preview["Location"].startswith("/admin/login/")


def test_an_unpublished_change_stays_out_of_the_live_page(client, home):
    page = StandardPageFactory(parent=home, title="Publiée", slug="publiee")
    page.introduction = SECRET
    page.save_revision()
    assert SECRET not in client.get("/fr/publiee/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/fr/publiee/" in sitemap


def test_no_content_api_is_mounted(client, home):
    assert "wagtail.api.v2" not in settings.INSTALLED_APPS
    # Unknown addresses go to their French version, which is no API either.
    assert client.get("/api/v2/pages/", follow=True).status_code == 404
