"""No page breaks its Content-Security-Policy: Chromium reports no violation on public pages,
on a page with every block (a video among them), nor in the admin and its preview."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Collection

from tests.content import every_block, make_document, make_image, store_embed
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def blocks_page(home, media):
    # A transactional test's database is emptied after each test, the root collection too.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    store_embed()
    body = every_block(home, make_image(), make_document())
    return StandardPageFactory(parent=home, title="Blocs", slug="blocs", body=body)


def test_public_pages_keep_to_their_policy(live_server, blocks_page, page, violations):
    page.goto(live_server.url + "/fr/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Accueil")
    assert violations() == []

    page.goto(live_server.url + "/fr/blocs/")
    expect(page.locator("iframe[src='https://www.youtube.com/embed/demo']")).to_be_attached()
    # JSON-LD is a data block, never run: script-src does not apply to it, and needs no nonce.
    expect(page.locator("script[type='application/ld+json']").first).to_be_attached()
    assert violations() == []


def test_the_admin_its_userbar_and_its_preview_keep_to_their_policy(
    live_server, blocks_page, page, violations, django_user_model
):
    django_user_model.objects.create_superuser("admin", "admin@example.org", "not-a-secret")
    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill("not-a-secret")
    page.locator("#id_password").press("Enter")
    expect(page.locator("#main")).to_be_visible()
    assert violations() == []

    # The userbar an editor sees on the site's own pages.
    page.goto(live_server.url + "/fr/blocs/")
    expect(page.locator("wagtail-userbar")).to_be_attached()
    page.wait_for_load_state("networkidle")
    assert violations() == []

    page.goto(f"{live_server.url}/admin/pages/{blocks_page.pk}/edit/")
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("iframe[id='w-preview-iframe']")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Blocs")
    assert violations() == []
