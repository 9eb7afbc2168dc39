"""A private page's password and sign-in forms, and the page that says a form was refused, keep
to the site's Content-Security-Policy and have no accessibility barrier, in Chromium."""

import pytest
from playwright.sync_api import expect
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def private_page(home):
    page = StandardPageFactory(
        parent=home, title="Essais internes", slug="essais-internes", introduction="Protocole 4711"
    )
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="4711"
    )
    return page


def test_the_password_form_and_a_refused_form(
    live_server, private_page, page, violations, barriers
):
    page.goto(live_server.url + private_page.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Mot de passe requis")
    page.get_by_label("Mot de passe", exact=True).fill("1234")
    page.get_by_role("button", name="Continuer").click()
    expect(page.get_by_role("alert")).to_contain_text("Le mot de passe que vous avez saisi")
    assert barriers() == []

    # The form sent once its cookie is gone: the site's page says why, and what to do.
    page.context.clear_cookies()
    page.get_by_label("Mot de passe", exact=True).fill("4711")
    page.get_by_role("button", name="Continuer").click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Le formulaire n’a pas été envoyé")
    assert barriers() == []

    page.goto(live_server.url + private_page.url)
    page.get_by_label("Mot de passe", exact=True).fill("4711")
    page.get_by_role("button", name="Continuer").click()
    expect(heading).to_have_text("Essais internes")
    assert violations() == []


def test_the_sign_in_form(live_server, home, page, violations, barriers, django_user_model):
    django_user_model.objects.create_user("lecteur", password="not-a-secret")
    page.goto(live_server.url + "/fr/_util/login/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Connexion")
    page.get_by_label("Nom d’utilisateur").fill("lecteur")
    page.get_by_label("Mot de passe", exact=True).fill("wrong")
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("alert")).to_contain_text("Saisissez un nom d’utilisateur")
    assert barriers() == []

    page.get_by_label("Mot de passe", exact=True).fill("not-a-secret")
    page.get_by_role("button", name="Se connecter").click()
    expect(page).to_have_url(live_server.url + "/fr/")
    assert violations() == []
