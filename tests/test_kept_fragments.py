"""Pages built afresh (editors, visitors with a session) use what the generation keeps: the
page's HTML (core/fragments.py) and the page an address leads to (core/routes.py); never a
reader's own parts, never across a publish, never past a page's privacy."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.models import SiteSettings
from tests.factories import (
    ContactPageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
)
from tests.test_events import agenda, clock, event  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def program(home):
    # The first page view would otherwise make the site settings (a change, so a purge).
    SiteSettings.for_site(home.get_site())
    research = ResearchIndexPageFactory(parent=home)
    return ResearchProgramPageFactory(parent=research, title="Diabète", slug="diabete")


@pytest.fixture
def session_client(settings):
    """A visitor with a session: the page cache never serves them a stored page."""
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-session-the-page-cache-bypasses"
    return client


def test_a_page_built_again_takes_its_html_and_route_from_the_generation(
    session_client, program, django_assert_max_num_queries
):
    first = session_client.get("/fr/recherche/diabete/")
    # The page itself; and the session, where the user bar looks it up.
    with django_assert_max_num_queries(2):
        again = session_client.get("/fr/recherche/diabete/")
    assert again.status_code == 200
    assert again.content == first.content
    assert "no-store" in again["Cache-Control"]


def test_a_publish_shows_on_the_next_page_built(session_client, program):
    session_client.get("/fr/recherche/diabete/")
    program.title = "Diabète et cœur"
    program.save_revision().publish()
    assert "Diabète et cœur" in session_client.get("/fr/recherche/diabete/").text


def test_a_kept_route_outlasts_a_publish_elsewhere(session_client, program):
    session_client.get("/fr/recherche/diabete/")
    research = program.get_parent().specific
    research.title = "La recherche à Lille"
    research.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        again = session_client.get("/fr/recherche/diabete/")
    assert "La recherche à Lille" in again.text  # in the breadcrumb: built afresh
    # Wagtail walks an address a slug at a time; a kept route fetches the page it led to.
    assert not [query for query in queries if '"slug" =' in query["sql"]]


def test_a_renamed_page_is_no_longer_served_at_its_kept_address(session_client, program):
    session_client.get("/fr/recherche/diabete/")
    program.slug = "diabete-et-coeur"
    program.save_revision().publish()
    assert session_client.get("/fr/recherche/diabete/").status_code in (301, 404)
    assert "Diabète" in session_client.get("/fr/recherche/diabete-et-coeur/").text


def test_a_moved_page_is_no_longer_served_at_its_kept_address(session_client, program, home):
    session_client.get("/fr/recherche/diabete/")
    program.move(home, pos="last-child")
    # Wagtail's redirect from the old address, not the kept route.
    moved = session_client.get("/fr/recherche/diabete/")
    assert (moved.status_code, moved["Location"]) == (301, "/fr/diabete/")
    assert "Diabète" in session_client.get("/fr/diabete/").text


def test_an_unpublished_page_is_not_served_from_its_kept_route(session_client, program):
    session_client.get("/fr/recherche/diabete/")
    program.unpublish()
    assert session_client.get("/fr/recherche/diabete/").status_code == 404


def test_the_user_bar_stays_the_readers_own(client, session_client, program, user_in):
    client.force_login(user_in("Editors"))
    assert "wagtail-userbar" in client.get("/fr/recherche/diabete/").text
    other = session_client.get("/fr/recherche/diabete/")
    assert "wagtail-userbar" not in other.text


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_page_made_private_is_not_shown_from_what_was_kept(session_client, program, kind):
    assert "Diabète" in session_client.get("/fr/recherche/diabete/").text
    PageViewRestriction.objects.create(page=program, restriction_type=kind, password="x")
    response = session_client.get("/fr/recherche/diabete/")
    if kind == PageViewRestriction.PASSWORD:
        assert response.status_code == 200
        assert 'name="password"' in response.text
        assert "Un domaine d’excellence." not in response.text
    else:
        assert response.status_code == 302


def test_a_preview_is_never_kept_nor_shown_kept_html(session_client, program):
    session_client.get("/fr/recherche/diabete/")
    program.title = "Brouillon du domaine"
    draft = program.save_revision().as_object()
    preview = draft.make_preview_request(RequestFactory().get("/fr/recherche/diabete/"))
    assert "Brouillon du domaine" in preview.render().text
    assert "Brouillon du domaine" not in session_client.get("/fr/recherche/diabete/").text


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


def test_each_reader_of_a_kept_form_gets_and_can_send_their_own_token(home):
    SiteSettings.for_site(home.get_site())
    ContactPageFactory(parent=home)
    readers = [Client(enforce_csrf_checks=True) for _ in range(2)]
    pages = [reader.get("/fr/contact/") for reader in readers]
    tokens = [csrf_token(page.text) for page in pages]
    assert tokens[0] != tokens[1]
    # The second page came from the kept HTML: only the token differs.
    assert pages[0].text.replace(tokens[0], "") == pages[1].text.replace(tokens[1], "")
    for reader, token in zip(readers, tokens, strict=True):
        answer = reader.post(
            "/fr/contact/",
            {
                "csrfmiddlewaretoken": token,
                "nom": "Camille",
                "adresse_electronique": "camille@example.org",
                "message": "Bonjour",
            },
        )
        assert answer.status_code == 200
        assert "Merci, votre message nous est parvenu." in answer.text


def test_a_kept_agenda_lets_an_event_go_when_it_ends(session_client, agenda, locales, clock):  # noqa: F811
    now = timezone.now()
    french, _english = event(
        agenda, locales, start=now - timedelta(hours=1), end=now + timedelta(minutes=2)
    )
    # Twice each: the second from what was kept, the past events through their own route.
    for _ in range(2):
        assert french.title in session_client.get(agenda[0].url).text
        assert french.title not in session_client.get("/fr/agenda/passes/").text
    clock.move(timedelta(minutes=3))
    assert french.title not in session_client.get(agenda[0].url).text
    assert french.title in session_client.get("/fr/agenda/passes/").text
    assert "Cet événement est terminé." in session_client.get(french.url).text
