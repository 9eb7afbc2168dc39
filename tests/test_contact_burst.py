"""A burst of simultaneous contact messages: each one stored once, or refused with a reason."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from home.forms import HONEYPOT_FIELD
from home.models.contact import CONTACT_RATE_LIMIT
from tests.factories import ContactPageFactory

# Each thread talks to the database on its own connection: the data must be committed.
pytestmark = pytest.mark.django_db(transaction=True)

BURST = 12
REFUSED = "trop de messages sont venus de votre connexion"
HONEYPOT_REFUSED = "a été rempli"


@pytest.fixture(autouse=True)
def empty_cache():
    # The rate limit counts in Django's cache, which outlives a test.
    cache.clear()
    yield
    cache.clear()


def post_all(url, messages):
    def post(data):
        try:
            return Client().post(url, data)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(messages)) as pool:
        return list(pool.map(post, messages))


def message(number, **extra):
    return {
        "nom": f"Visiteur {number}",
        "adresse_electronique": f"visiteur{number}@example.org",
        "message": f"Message numéro {number}",
        **extra,
    }


def stored_messages(page):
    return sorted(s.form_data["message"] for s in FormSubmission.objects.filter(page=page))


def test_a_burst_stores_exactly_the_limit_once_each_and_refuses_the_rest(home):
    contact = ContactPageFactory(parent=home)
    responses = post_all(contact.url, [message(n) for n in range(BURST)])
    accepted = [r for r in responses if r.status_code == 200]
    refused = [r for r in responses if r.status_code == 429]
    assert len(accepted) == CONTACT_RATE_LIMIT
    assert len(refused) == BURST - CONTACT_RATE_LIMIT
    assert all(REFUSED in r.text and r["Retry-After"] for r in refused)
    stored = stored_messages(contact)
    assert len(stored) == len(set(stored)) == CONTACT_RATE_LIMIT


def test_in_a_mixed_burst_every_post_gets_a_clear_answer(home):
    contact = ContactPageFactory(parent=home)
    messages = [
        message(n, **({HONEYPOT_FIELD: "http://spam.example"} if n % 3 == 0 else {}))
        for n in range(BURST)
    ]
    responses = post_all(contact.url, messages)
    answers = {200: [], 400: [], 429: []}
    for data, response in zip(messages, responses, strict=True):
        answers[response.status_code].append((data, response))
    assert all(data.get(HONEYPOT_FIELD) for data, _r in answers[400])
    assert all(HONEYPOT_REFUSED in r.text for _d, r in answers[400])
    assert all(REFUSED in r.text for _d, r in answers[429])
    assert len(answers[200]) <= CONTACT_RATE_LIMIT
    assert stored_messages(contact) == sorted(d["message"] for d, _r in answers[200])
    assert not any(d.get(HONEYPOT_FIELD) for d, _r in answers[200])


def test_behind_the_proxy_each_visitor_has_a_limit_of_their_own(home, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    contact = ContactPageFactory(parent=home)
    client = Client()

    def post(number, forwarded_for):
        return client.post(
            contact.url, message(number), headers={"x-forwarded-for": forwarded_for}
        )

    for n in range(CONTACT_RATE_LIMIT):
        assert post(n, "192.0.2.1").status_code == 200
    # Whatever a visitor writes in front, the address the proxy saw is the one counted.
    assert post(98, "10.9.9.9, 192.0.2.1").status_code == 429
    assert post(99, "192.0.2.2").status_code == 200
