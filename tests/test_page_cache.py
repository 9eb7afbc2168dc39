"""Anonymous visitors get stored pages, and pages built afresh share the menu, footer and
settings; every publish shows on the next request."""

import gzip

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import OperationalError, connection, models
from django.db.models.signals import post_save
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext, isolate_apps
from django.utils import translation
from wagtail.models import Page, Site

from core.generations import generation, release, shows_on_pages
from core.stored_pages import PageCacheMiddleware, StoredPagesApplication
from home.models import Footer, FooterLink, HomePage, MainMenu, MainMenuItem, SiteSettings
from tests.content import change_title_silently
from tests.factories import (
    ContactPageFactory,
    PartnerIndexPageFactory,
    ResearchIndexPageFactory,
    StandardPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def page(home):
    # The first page view would otherwise make the site settings (a change, so a purge).
    SiteSettings.for_site(home.get_site())
    return StandardPageFactory(parent=home, title="Diabète de type 2", slug="diabete")


def test_an_anonymous_visitor_gets_a_stored_page_without_any_query(
    client, page, django_assert_num_queries
):
    first = client.get("/fr/diabete/")
    with django_assert_num_queries(0):
        second = client.get("/fr/diabete/")
    assert second.status_code == 200
    assert second.content == first.content
    cache_control = second["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=600" in cache_control
    assert "stale-while-revalidate=60" in cache_control


# A stored page is served by the first middleware, as whitenoise serves a static file: the
# response as the whole stack finished it, with none of the other middlewares and no query.


class WentBelow(Exception):
    pass


def served_alone(request):
    """The page cache with nothing below it: a stored page, or WentBelow."""

    def below(request):
        raise WentBelow(request.get_full_path())

    return PageCacheMiddleware(below)(request)


def test_the_page_cache_is_the_first_middleware(settings):
    assert settings.MIDDLEWARE[0] == "core.stored_pages.PageCacheMiddleware"


def test_a_stored_page_is_the_finished_response_without_any_other_middleware(
    client, page, rf, django_assert_num_queries
):
    fresh = client.get("/fr/diabete/")
    with django_assert_num_queries(0):
        stored = served_alone(rf.get("/fr/diabete/"))
    assert stored.status_code == 200
    assert stored.content == fresh.content
    assert dict(stored.items()) == dict(fresh.items())
    # Added by the middlewares a stored page no longer goes through.
    for header in ("Content-Security-Policy", "Permissions-Policy", "Referrer-Policy"):
        assert stored[header]
    assert stored["Content-Language"] == "fr"
    assert "Accept-Encoding" in stored["Vary"]


def wsgi_alone(request):
    """Production's WSGI application with no Django behind it: (status, headers, body), or
    WentBelow."""

    def django(environ, start_response):
        raise WentBelow(environ["PATH_INFO"])

    started = {}

    def start_response(status, headers):
        started.update(status=status, headers=dict(headers))

    body = b"".join(StoredPagesApplication(django)(request.environ, start_response))
    return started["status"], started["headers"], body


def test_production_serves_a_stored_page_before_django_handles_the_request(
    client, page, rf, django_assert_num_queries
):
    fresh = client.get("/fr/diabete/")
    with django_assert_num_queries(0):
        status, headers, body = wsgi_alone(rf.get("/fr/diabete/"))
    assert status == "200 OK"
    assert body == fresh.content
    assert headers == dict(fresh.items())
    compressed = wsgi_alone(rf.get("/fr/diabete/", headers={"accept-encoding": "gzip"}))
    assert compressed[1]["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed[2]) == fresh.content


def test_production_leaves_to_django_what_it_must_answer(client, page, rf, settings):
    client.get("/fr/diabete/")
    settings.SECURE_SSL_REDIRECT = True
    for request in (
        rf.get("/fr/diabete/", headers={"cookie": "sessionid=an-editor"}),
        rf.get("/fr/diabete/", headers={"host": "ailleurs.example.org"}),
        rf.get("/fr/diabete/?utm_source=lettre"),
        rf.post("/fr/diabete/"),
        # Plain HTTP, redirected to HTTPS by Django's SecurityMiddleware.
        rf.get("/fr/diabete/", headers={"x-forwarded-proto": "http"}),
    ):
        with pytest.raises(WentBelow):
            wsgi_alone(request)


@pytest.mark.parametrize(
    ("method", "address", "headers"),
    [
        ("GET", "/fr/diabete/", {"cookie": "sessionid=an-editor"}),
        ("POST", "/fr/diabete/", {}),
        ("GET", "/fr/diabete/?utm_source=lettre", {}),
        ("GET", "/fr/diabete/", {"host": "ailleurs.example.org"}),
    ],
    ids=["session", "post", "query", "other host"],
)
def test_what_the_stack_answers_even_for_a_stored_page(client, page, rf, method, address, headers):
    client.get("/fr/diabete/")
    with pytest.raises(WentBelow):
        served_alone(rf.generic(method, address, headers=headers))


def test_another_host_gets_a_400_even_for_a_stored_page(client, page):
    client.get("/fr/diabete/")
    assert client.get("/fr/diabete/", headers={"host": "ailleurs.example.org"}).status_code == 400


def test_plain_http_is_redirected_to_https_even_for_a_stored_page(client, page, settings):
    # As production runs behind its TLS proxy.
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 3600
    https = {"x-forwarded-proto": "https"}
    fresh = client.get("/fr/diabete/", headers=https)
    change_title_silently(page, "Titre changé")
    stored = client.get("/fr/diabete/", headers=https)
    assert "Titre changé" not in stored.text
    assert stored["Strict-Transport-Security"] == fresh["Strict-Transport-Security"]
    plain = client.get("/fr/diabete/")
    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/fr/diabete/"
    assert "Cache-Control" not in plain


def test_a_head_request_stores_and_gets_the_stored_page(client, page, django_assert_num_queries):
    head = client.head("/fr/diabete/")
    with django_assert_num_queries(0):
        stored = client.get("/fr/diabete/")
        stored_head = client.head("/fr/diabete/")
    assert "Diabète de type 2" in stored.text
    assert head.status_code == stored_head.status_code == 200
    assert stored_head.content == b""
    assert dict(stored_head.items()) == dict(stored.items()) == dict(head.items())


def test_a_publish_is_visible_on_the_next_request(client, page):
    client.get("/fr/diabete/")
    page.title = "Diabète et obésité"
    page.save_revision().publish()
    assert "Diabète et obésité" in client.get("/fr/diabete/").text


def test_an_unpublished_page_is_gone_on_the_next_request(client, page):
    assert client.get("/fr/diabete/").status_code == 200
    page.unpublish()
    assert client.get("/fr/diabete/").status_code == 404


def test_a_moved_or_deleted_page_is_gone_on_the_next_request(client, home, page):
    section = StandardPageFactory(parent=home, slug="maladies")
    client.get("/fr/diabete/")
    page.move(section, pos="last-child")
    assert client.get("/fr/diabete/")["Location"] == "/fr/maladies/diabete/"
    assert client.get("/fr/maladies/diabete/").status_code == 200
    Page.objects.get(pk=page.pk).delete()
    assert client.get("/fr/maladies/diabete/").status_code == 404


def test_a_publish_starts_another_generation_once_committed(
    page, django_capture_on_commit_callbacks
):
    # Pages built between the publish's signals and its commit read the content before it.
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
        before_the_commit = generation()
    assert generation() != before_the_commit


def test_the_stored_page_is_the_one_a_silent_change_does_not_reach(client, page):
    # What the other tests rely on: without a purge, anonymous visitors keep the stored page.
    client.get("/fr/diabete/")
    change_title_silently(page, "Titre changé")
    assert "Titre changé" not in client.get("/fr/diabete/").text


def test_a_logged_in_editor_never_gets_a_stored_page(client, page, user_in):
    stored = client.get("/fr/diabete/")
    client.force_login(user_in("Editors"))
    response = client.get("/fr/diabete/")
    # Built for the editor: their user bar, which the stored page has not. (The page's own
    # HTML may come from its kept fragment, tests/test_kept_fragments.py.)
    assert "wagtail-userbar" not in stored.text
    assert "wagtail-userbar" in response.text
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_the_contact_page_is_never_stored(client, home):
    contact = ContactPageFactory(parent=home)
    url = contact.url
    first = client.get(url)
    assert "csrfmiddlewaretoken" in first.text
    assert "no-store" in first["Cache-Control"]
    change_title_silently(contact, "Écrivez-nous")
    assert "Écrivez-nous" in client.get(url).text


def test_french_and_english_pages_never_mix(client, english_home):
    french = client.get("/fr/")
    english = client.get("/en/")
    assert '<html lang="fr"' in french.text
    assert '<html lang="en"' in english.text
    assert '<html lang="fr"' in client.get("/fr/").text
    # The address / answers in the browser's language, and is not stored as a page.
    assert client.get("/", headers={"accept-language": "en"})["Location"] == "/en/"
    assert client.get("/", headers={"accept-language": "fr"})["Location"] == "/fr/"


def test_a_menu_change_shows_on_the_next_request(client, page):
    client.get("/fr/diabete/")
    menu = MainMenu.objects.create(name="Menu principal", locale=page.locale)
    menu.save_revision().publish()
    change_title_silently(page, "Après le menu")
    assert "Après le menu" in client.get("/fr/diabete/").text


# Every change to what can show on pages purges: any model of the project's own apps, found by
# where the app is, not by a list a new app would be missing from; and Wagtail's content.


def test_what_purges_among_the_installed_models():
    purging = {model._meta.label for model in apps.get_models() if shows_on_pages(model)}
    assert {
        "home.MainMenu",
        "home.FooterLink",
        "home.SiteSettings",
        "home.SiteImage",
        "research.ProgramInstitute",
        "wagtaildocs.Document",
        "wagtailcore.Site",
        "wagtailcore.Locale",
        "wagtailcore.PageViewRestriction",
    } <= purging
    # Pages purge by their own signals; the others never show on pages.
    never_shown = {
        "wagtailcore.Page",
        "home.HomePage",
        "research.ProjectPage",
        "home.SiteRendition",
        "users.User",
        "wagtailforms.FormSubmission",
        "wagtailcore.Revision",
        "sessions.Session",
    }
    assert not purging & never_shown


@isolate_apps("publishing")
def test_a_model_of_an_app_that_had_none_purges():
    class Event(models.Model):
        title = models.CharField(max_length=100)

        class Meta:
            app_label = "publishing"

        def __str__(self):
            return self.title

    before = generation()
    event = Event(title="Journée du diabète")
    # What Django sends once it has saved one: the model needs no table.
    post_save.send(
        sender=Event, instance=event, created=True, update_fields=None, raw=False, using="default"
    )
    assert generation() != before


# Stored pages are keyed by their address without a query string, or with a listing's page
# number: any other query string (a campaign's utm_..., made-up ones) would store a page each.


def cache_keys():
    # The test cache is Django's memory cache: its keys, made by Django.
    return sorted(key for key in cache._cache if key.startswith(":1:page-cache:"))


def test_a_listings_page_number_is_stored_with_its_page(client, page):
    client.get("/fr/diabete/?page=2")
    change_title_silently(page, "Titre changé")
    assert "Titre changé" not in client.get("/fr/diabete/?page=2").text
    assert "Titre changé" in client.get("/fr/diabete/?page=3").text


@pytest.mark.parametrize(
    ("index", "parameter"),
    [(ResearchIndexPageFactory, "institutes"), (PartnerIndexPageFactory, "funder")],
)
def test_an_index_sections_page_number_is_stored_with_its_page(client, page, index, parameter):
    page = index(parent=page.get_parent(), title="Index", slug="index")
    client.get(f"/fr/index/?{parameter}=2")
    change_title_silently(page, "Titre changé")
    assert "Titre changé" not in client.get(f"/fr/index/?{parameter}=2").text


def test_other_query_strings_are_built_afresh_and_never_stored(client, page):
    client.get("/fr/diabete/")
    keys = cache_keys()
    responses = [client.get(f"/fr/diabete/?utm_x={n}") for n in range(200)]
    for query in ("page=abc", "page=0", "page=1234", "page=2&page=3", "page=2&q=diabete"):
        responses.append(client.get(f"/fr/diabete/?{query}"))
    assert {r.status_code for r in responses} == {200}
    assert cache_keys() == keys
    change_title_silently(page, "Titre changé")
    fresh = client.get("/fr/diabete/?utm_source=lettre")
    assert "Titre changé" in fresh.text
    assert "no-store" in fresh["Cache-Control"]


# A deploy never serves what the previous build stored: its templates or code may differ.


def test_a_new_release_never_serves_the_pages_the_previous_one_stored(client, page, settings):
    settings.RELEASE_ID = "2026-12-01"
    client.get("/fr/diabete/")
    change_title_silently(page, "Titre changé")
    assert "Titre changé" not in client.get("/fr/diabete/").text
    settings.RELEASE_ID = "2026-12-06"
    assert "Titre changé" in client.get("/fr/diabete/").text


def test_a_release_is_named_by_the_deploy_else_by_its_static_files(settings, tmp_path):
    settings.RELEASE_ID = ""
    settings.STATIC_ROOT = tmp_path / "none"
    assert release() == "development"
    settings.STATIC_ROOT = tmp_path
    (tmp_path / "staticfiles.json").write_text('{"paths": {"site.css": "site.1.css"}}')
    first = release()
    settings.STATIC_ROOT = tmp_path / "next"
    settings.STATIC_ROOT.mkdir()
    (settings.STATIC_ROOT / "staticfiles.json").write_text('{"paths": {"site.css": "site.2.css"}}')
    assert first not in {"development", release()}
    settings.RELEASE_ID = "2026-12-06"
    assert release() == "2026-12-06"


@pytest.mark.parametrize(
    ("language", "message"),
    [("fr", "Le site est brièvement indisponible"), ("en", "The site is briefly unavailable")],
)
def test_a_database_outage_gives_a_503_in_the_visitors_language(
    english_home, monkeypatch, language, message
):
    def database_down(self, request, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(HomePage, "serve", database_down)
    response = Client(raise_request_exception=False).get(f"/{language}/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert message in response.text
    assert f'<html lang="{language}"' in response.text
    assert "no-store" in response["Cache-Control"]


# Pages built afresh (editors, previews, anyone with a session) share the menu, the footer and
# the site settings, read once per generation.


@pytest.fixture
def editor(client, user_in):
    client.force_login(user_in("Editors"))
    return client


@pytest.fixture
def menu(page):
    menu = MainMenu(locale=page.locale, name="Menu principal")
    menu.items = [MainMenuItem(locale=page.locale, page=page)]
    menu.save()
    menu.save_revision().publish()
    return menu


@pytest.fixture
def footer(page):
    footer = Footer(locale=page.locale, name="Pied de page", legal_line="Faculté de médecine")
    footer.links = [FooterLink(locale=page.locale, page=page, label="Diabète")]
    footer.save()
    footer.save_revision().publish()
    return footer


def tables_read(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return " ".join(query["sql"] for query in queries)


def test_pages_built_afresh_read_the_site_menu_footer_and_settings_once(editor, menu, footer):
    assert "home_mainmenu" in tables_read(editor, "/fr/diabete/")
    read = tables_read(editor, "/fr/")
    for table in ("wagtailcore_site", "home_mainmenu", "home_footer", "home_sitesettings"):
        assert table not in read


def test_a_menu_change_shows_at_once_on_pages_built_afresh(editor, menu, footer, home):
    editor.get("/fr/diabete/")
    menu.items.add(MainMenuItem(locale=menu.locale, url="https://example.org/", label="Nouveau"))
    menu.save_revision().publish()
    assert '<a href="https://example.org/">Nouveau</a>' in editor.get("/fr/diabete/").text


def test_a_footer_change_shows_at_once_on_pages_built_afresh(editor, menu, footer):
    editor.get("/fr/diabete/")
    footer.legal_line = "Mentions légales 2026"
    footer.save_revision().publish()
    assert "Mentions légales 2026" in editor.get("/fr/diabete/").text


def test_a_settings_change_shows_at_once_on_pages_built_afresh(editor, page):
    editor.get("/fr/diabete/")
    settings = SiteSettings.for_site(page.get_site())
    settings.social_links = [
        ("link", {"network": "mastodon", "url": "https://mastodon.social/@x"})
    ]
    settings.save()
    assert '<a href="https://mastodon.social/@x" rel="me">Mastodon</a>' in editor.get("/fr/").text


def test_a_site_change_shows_at_once_on_pages_built_afresh(editor, page):
    editor.get("/fr/diabete/")
    site = Site.objects.get()
    site.hostname = "recherche.example.org"
    site.save()
    # The breadcrumbs' home, which comes from the request's site.
    assert '"item": "http://recherche.example.org/fr/"}' in editor.get("/fr/diabete/").text


def test_a_linked_page_published_moved_or_unpublished_shows_at_once_in_the_menu(
    editor, menu, footer, home
):
    page = menu.items.get().page.specific
    editor.get("/fr/")
    page.title = "Diabète et obésité"
    page.save_revision().publish()
    assert '<a href="/fr/diabete/">Diabète et obésité</a>' in editor.get("/fr/").text
    section = StandardPageFactory(parent=home, slug="maladies")
    page.move(section, pos="last-child")
    assert '<a href="/fr/maladies/diabete/">Diabète et obésité</a>' in editor.get("/fr/").text
    page.refresh_from_db()
    page.unpublish()
    assert "Diabète et obésité" not in editor.get("/fr/").text


def test_a_preview_shows_the_menu_being_edited_and_leaves_the_kept_one(editor, menu):
    editor.get("/fr/")
    menu.items.add(MainMenuItem(locale=menu.locale, url="https://example.org/", label="Nouveau"))
    request = RequestFactory().get("/fr/", HTTP_HOST="localhost")
    with translation.override("fr"):
        preview = menu.serve_preview(request, menu.default_preview_mode).render()
    assert "Nouveau" in preview.content.decode()
    assert "Nouveau" not in editor.get("/fr/").text


def test_a_new_release_never_uses_the_parts_the_previous_one_kept(editor, menu, settings):
    settings.RELEASE_ID = "2026-12-01"
    editor.get("/fr/")
    change_title_silently(menu.items.get().page, "Titre changé")
    assert '<a href="/fr/diabete/">Titre changé</a>' not in editor.get("/fr/").text
    settings.RELEASE_ID = "2026-12-06"
    assert '<a href="/fr/diabete/">Titre changé</a>' in editor.get("/fr/").text
