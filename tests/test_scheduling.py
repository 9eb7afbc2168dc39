"""Scheduled publishing and unpublishing happen when the scheduler runs at their time."""

import importlib
import logging
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core import generations
from publishing.management.commands import run_scheduler

pytestmark = pytest.mark.django_db


def admin_time(moment):
    """A date as the admin's date and time picker sends it, in the site's time zone."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def save_in_admin(client, parent, action, **dates):
    data = {
        "title": "Journée de la recherche",
        "slug": "journee-de-la-recherche",
        "introduction": "Le programme de la journée.",
        "image_alt": "",
        "body": streamfield([]),
        action: "on",
    }
    data.update({name: admin_time(moment) for name, moment in dates.items()})
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", parent.id))
    response = client.post(url, nested_form_data(data))
    assert response.status_code == 302, response.content.decode()[:2000]
    return Page.objects.get(slug="journee-de-la-recherche", locale=parent.locale)


def run_scheduler_at(moment):
    """One run of the scheduler, with the clock at `moment`."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("run_scheduler", once=True)


def test_a_page_an_editor_schedules_goes_live_at_its_time(client, user_in, home):
    go_live_at = timezone.now().replace(second=0, microsecond=0) + timedelta(days=2)
    client.force_login(user_in("Editors"))
    page = save_in_admin(client, home, "action-submit", go_live_at=go_live_at)
    client.force_login(user_in("Moderators"))
    task_state = page.specific.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.id, "approve", task_state.id])
    client.post(url, {"comment": ""})

    # Approved, the page waits for its time.
    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at == go_live_at
    run_scheduler_at(go_live_at - timedelta(minutes=1))
    assert not Page.objects.get(id=page.id).live

    run_scheduler_at(go_live_at + timedelta(minutes=1))
    assert Page.objects.get(id=page.id).live
    assert client.get("/fr/journee-de-la-recherche/").status_code == 200


def test_a_page_goes_offline_at_its_expiry(client, user_in, home):
    expire_at = timezone.now().replace(second=0, microsecond=0) + timedelta(days=2)
    client.force_login(user_in("Moderators"))
    page = save_in_admin(client, home, "action-publish", expire_at=expire_at)
    assert page.live

    run_scheduler_at(expire_at - timedelta(minutes=1))
    assert Page.objects.get(id=page.id).live

    run_scheduler_at(expire_at + timedelta(minutes=1))
    page.refresh_from_db()
    assert not page.live and page.expired
    assert client.get("/fr/journee-de-la-recherche/").status_code == 404


def test_the_scheduler_runs_until_stopped_and_outlives_an_error(caplog):
    """`make run` and production run it in a loop: one failed run is logged, not fatal."""
    runs = [RuntimeError("database away"), None, None]
    with (
        mock.patch.object(run_scheduler, "call_command", side_effect=runs) as publish,
        mock.patch.object(run_scheduler, "close_old_connections"),
        mock.patch.object(run_scheduler.time, "sleep", side_effect=[None, None, SystemExit]),
        mock.patch.object(run_scheduler.signal, "signal"),
        caplog.at_level(logging.ERROR),
        pytest.raises(SystemExit),
    ):
        call_command("run_scheduler", interval=30)
    assert publish.call_count == 3
    assert all(call.args == ("publish_scheduled",) for call in publish.call_args_list)
    assert "Scheduled publishing failed" in caplog.text


def test_the_scheduler_starts_again_a_generation_the_cache_did_not_take(monkeypatch):
    """A page it published while Redis was away reaches the stored pages once Redis is back."""
    monkeypatch.setattr(generations, "unsaved_purge", True)
    with (
        mock.patch.object(run_scheduler, "call_command"),
        mock.patch.object(run_scheduler, "close_old_connections"),
        mock.patch.object(run_scheduler.time, "sleep", side_effect=SystemExit),
        mock.patch.object(run_scheduler.signal, "signal"),
        mock.patch.object(generations, "new_generation") as new_generation,
        pytest.raises(SystemExit),
    ):
        call_command("run_scheduler", interval=30)
    new_generation.assert_called_once_with()


def test_the_scheduler_and_the_development_server_share_one_cache():
    """`make run` runs them as two processes: the pages the server stores for visitors must be
    built afresh when the scheduler publishes, so the cache cannot live in one process's memory.
    (In production, both containers share Redis, or the page cache is off.)"""
    dev = importlib.import_module("config.settings.dev")
    assert dev.CACHES["default"]["BACKEND"].endswith("FileBasedCache")
