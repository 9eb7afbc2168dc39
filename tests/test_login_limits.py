"""Admin sign-in: five failures lock one account out from one address for 15 minutes, and
twenty on any accounts lock the address out."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import override_settings
from django.utils import timezone

from tests.i18n import in_french
from users.addresses import client_address

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
ADDRESS_BLOCKED = "Signing in from your address is blocked for a while: too many attempts failed."


@pytest.fixture
def editors(django_user_model):
    for name in ("alice", "bruno"):
        django_user_model.objects.create_superuser(name, f"{name}@example.org", "right-password")


def sign_in(client, username, password, address="192.0.2.10"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail_five_times(client, username="alice"):
    for _ in range(5):
        response = sign_in(client, username, "wrong")
        assert response.status_code in (200, 429)


def test_the_sixth_attempt_is_refused_even_with_the_right_password(client, editors):
    fail_five_times(client)
    response = sign_in(client, "alice", "right-password")
    assert response.status_code == 429
    html = response.content.decode()
    assert in_french("Sign-in temporarily blocked") in html
    assert "15 minutes" in html
    assert "_auth_user_id" not in client.session


def test_another_account_from_the_same_address_still_signs_in(client, editors):
    fail_five_times(client)
    response = sign_in(client, "bruno", "right-password")
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_the_same_account_from_another_address_still_signs_in(client, editors):
    fail_five_times(client)
    response = sign_in(client, "alice", "right-password", address="198.51.100.7")
    assert response.status_code == 302


def test_one_address_trying_many_accounts_is_stopped_at_its_own_limit(client, editors, settings):
    guesses = [f"guess-{n}" for n in range(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS)]
    for name in guesses[:-1]:
        sign_in(client, name, "wrong")
    # Below the address's limit, a colleague behind the same address signs in; that clears
    # their own failures only, not those of the others from the address.
    assert sign_in(client, "bruno", "right-password").status_code == 302
    client.logout()
    sign_in(client, guesses[-1], "wrong")

    response = sign_in(client, "alice", "right-password")
    assert response.status_code == 429
    html = response.content.decode()
    assert in_french(ADDRESS_BLOCKED) in html
    assert "_auth_user_id" not in client.session
    assert sign_in(client, "alice", "right-password", address="198.51.100.7").status_code == 302


def test_the_account_signs_in_again_after_the_cool_off(client, editors):
    fail_five_times(client)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    response = sign_in(client, "alice", "right-password")
    assert response.status_code == 302


def test_an_address_written_by_the_client_is_not_believed(rf):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.99", REMOTE_ADDR="192.0.2.10")
    assert client_address(request) == "192.0.2.10"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_the_load_balancer_the_client_is_the_address_it_added(rf):
    # The client wrote the first address itself; the load balancer added the second.
    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.99, 192.0.2.10", REMOTE_ADDR="10.0.0.2")
    assert client_address(request) == "192.0.2.10"


def test_the_django_admin_is_not_installed():
    # Wagtail's admin is the only one: no second sign-in page to guess passwords on.
    assert "django.contrib.admin" not in settings.INSTALLED_APPS
