"""Moderation: Editors submit, Moderators approve, through the admin's own views."""

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import Footer, MainMenu, MainMenuItem
from publishing.moderation import WORKFLOW
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def page_form(title, slug, action):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": "Une page soumise à la relecture.",
            "image_alt": "",
            "body": streamfield([]),
            action: "on",
        }
    )


def submit_new_page(client, parent, title="Nouvelle équipe", slug="nouvelle-equipe"):
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", parent.id))
    response = client.post(url, page_form(title, slug, "action-submit"))
    assert response.status_code == 302, response.content.decode()[:2000]
    return Page.objects.get(slug=slug, locale=parent.locale).specific


def act_on(client, page, action):
    """What a moderator's "Approve" or "Request changes" button posts."""
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.id, action, task_state.id])
    return client.post(url, {"comment": ""})


def test_every_page_of_both_languages_is_moderated_by_the_moderators(home, english_home):
    french = StandardPageFactory(parent=home)
    english = StandardPageFactory(parent=english_home, locale=english_home.locale)
    for page in (home, english_home, french, english):
        workflow = page.get_workflow()
        assert workflow.name == WORKFLOW
        [task] = workflow.tasks.specific()
        assert set(task.groups.values_list("name", flat=True)) == {"Moderators"}


def test_a_page_an_editor_submits_goes_live_when_a_moderator_approves_it(
    client, user_in, home, english_home, django_capture_on_commit_callbacks
):
    client.force_login(user_in("Editors"))
    page = submit_new_page(client, home)

    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert client.get("/fr/nouvelle-equipe/").status_code == 404
    # An editor cannot approve their own page.
    assert act_on(client, page, "approve").status_code in {302, 403}
    assert not Page.objects.get(id=page.id).live

    client.force_login(user_in("Moderators"))
    with django_capture_on_commit_callbacks(execute=True):
        assert act_on(client, page, "approve").status_code == 302

    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    assert client.get("/fr/nouvelle-equipe/").status_code == 200
    # Approval is a publication like any other: the page is offered for translation.
    assert Page.objects.filter(alias_of=page, locale=english_home.locale).exists()


def test_a_page_a_moderator_sends_back_stays_unpublished(client, user_in, home):
    client.force_login(user_in("Editors"))
    page = submit_new_page(client, home)

    client.force_login(user_in("Moderators"))
    assert act_on(client, page, "reject").status_code == 302

    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert client.get("/fr/nouvelle-equipe/").status_code == 404


def test_changes_an_editor_submits_reach_visitors_only_once_approved(client, user_in, home):
    page = StandardPageFactory(parent=home, title="Équipes", slug="equipes")
    client.force_login(user_in("Editors"))
    url = reverse("wagtailadmin_pages:edit", args=[page.id])
    response = client.post(url, page_form("Équipes de recherche", "equipes", "action-submit"))
    assert response.status_code == 302

    assert "Équipes de recherche" not in client.get("/fr/equipes/").content.decode()

    client.force_login(user_in("Moderators"))
    act_on(client, Page.objects.get(id=page.id).specific, "approve")
    assert "Équipes de recherche" in client.get("/fr/equipes/").content.decode()


def test_a_moderator_may_still_publish_at_once(client, user_in, home):
    client.force_login(user_in("Moderators"))
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", home.id))
    response = client.post(url, page_form("Urgence", "urgence", "action-publish"))
    assert response.status_code == 302
    assert Page.objects.get(slug="urgence", locale=home.locale).live


def test_the_menu_and_footer_go_through_the_same_workflow():
    assert MainMenu.get_default_workflow().name == WORKFLOW
    assert Footer.get_default_workflow().name == WORKFLOW


def test_a_menu_change_an_editor_submits_reaches_visitors_once_approved(
    client, user_in, home, locales
):
    menu = MainMenu(locale=locales["fr"], name="Menu principal")
    link = MainMenuItem(locale=locales["fr"], url="https://www.univ-lille.fr/", label="Université")
    menu.items = [link]
    menu.save()
    menu.save_revision().publish()
    item = {"id": link.id, "page": "", "url": link.url, "label": "Notre université"}
    data = nested_form_data(
        {"name": menu.name, "items": inline_formset([item], initial=1), "action-submit": "on"}
    )

    client.force_login(user_in("Editors"))
    response = client.post(reverse("wagtailsnippets_home_mainmenu:edit", args=[menu.pk]), data)
    assert response.status_code == 302
    assert "Notre université" not in client.get("/fr/").content.decode()

    client.force_login(user_in("Moderators"))
    task_state = menu.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_home_mainmenu:workflow_action", args=[menu.pk, "approve", task_state.id]
    )
    assert client.post(url, {"comment": ""}).status_code == 302
    assert "Notre université" in client.get("/fr/").content.decode()
