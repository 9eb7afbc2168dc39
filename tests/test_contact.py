import re
import smtplib
import time

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.forms import HONEYPOT_FIELD, HONEYPOT_MESSAGE, MESSAGE_MAX_LENGTH
from home.models import ContactFormField, ContactPage, HomePage, StandardPage
from home.models.contact import (
    CONTACT_RATE_LIMIT,
    CONTACT_RATE_WINDOW,
    RATE_LIMIT_MESSAGE,
    tel_uri,
)
from tests.content import CONTACT_IN_ENGLISH
from tests.factories import ContactPageFactory
from tests.i18n import in_french
from translations.translating import translate

pytestmark = pytest.mark.django_db

VALID = {"nom": "Marie Curie", "adresse_electronique": "marie@example.org", "message": "Bonjour"}


@pytest.fixture(autouse=True)
def empty_cache():
    # The rate limit counts in Django's cache, which outlives a test.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact(home):
    return ContactPageFactory(parent=home)


@pytest.fixture
def english_contact(contact, english_home, locales):
    return translate(contact, locales["en"], CONTACT_IN_ENGLISH).specific


def tag(html, element_id):
    """The opening tag of the element with this id."""
    return re.search(rf'<[a-z]+[^>]*\bid="{re.escape(element_id)}"[^>]*>', html).group(0)


def test_contact_page_sits_once_under_the_home_and_has_no_children(home):
    assert ContactPage.allowed_parent_page_models() == [HomePage]
    assert ContactPage.allowed_subpage_models() == []
    assert HomePage.subpage_types.index("home.ContactPage") < HomePage.subpage_types.index(
        "home.StandardPage"
    )
    assert ContactPage.can_create_at(home)
    ContactPageFactory(parent=home)
    assert not ContactPage.can_create_at(home)
    assert not StandardPage.can_create_at(home.get_children().type(ContactPage).first())


def test_french_page_shows_the_details_and_the_form(client, contact):
    response = client.get("/fr/contact/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "<h1>Contact</h1>" in html
    assert "Écrivez-nous, nous vous répondrons." in html
    assert (
        '<p lang="fr">Faculté de médecine de Lille<br>Pôle Recherche<br>F-59045 Lille Cedex</p>'
        in html.split("<address>", 1)[1].split("</address>", 1)[0]
    )
    assert '<a href="tel:+33320626800">+33 3 20 62 68 00</a>' in html
    assert '<a href="tel:+33320626801">+33 3 20 62 68 01</a>' in html
    # Labels tied to their inputs, required ones marked, help text announced with the input.
    assert re.search(r'<label class="form-field__label" for="id_nom">Nom <span', html)
    assert 'for="id_adresse_electronique">Adresse électronique' in html
    name = tag(html, "id_nom")
    assert "required" in name
    assert "aria-invalid" not in name
    assert 'aria-describedby="id_message_helptext"' in tag(html, "id_message")
    assert (
        '<p class="form-field__help" id="id_message_helptext">'
        "Précisez l’équipe ou le projet concerné.</p>" in html
    )
    assert 'role="alert"' not in html
    # No inline script or style: the site's Content-Security-Policy can stay strict. The one
    # script element is structured data for search engines, which browsers never run.
    assert re.findall(r"<script[^>]*>", html) == ['<script type="application/ld+json">']
    assert "style=" not in html


def test_honeypot_is_hidden_from_people_and_kept_out_of_reach(client, contact):
    html = client.get("/fr/contact/").content.decode()
    honeypot = tag(html, f"id_{HONEYPOT_FIELD}")
    assert f'name="{HONEYPOT_FIELD}"' in honeypot
    assert 'autocomplete="off"' in honeypot
    assert 'tabindex="-1"' in honeypot
    assert "required" not in honeypot
    wrapper = html.split(honeypot, 1)[0].rsplit("<div", 1)[1]
    assert wrapper.startswith(' class="visually-hidden">')
    label = in_french("Leave this field empty")
    assert f'<label for="id_{HONEYPOT_FIELD}">{label}</label>' in wrapper


def test_english_translation_shows_english_labels_and_interface(
    client, contact, english_contact, locales
):
    assert english_contact.url == "/en/contact/"
    french_fields = list(contact.form_fields.all())
    english_fields = list(english_contact.form_fields.all())
    assert [f.label for f in english_fields] == ["Name", "Email address", "Message"]
    assert {f.locale for f in english_fields} == {locales["en"]}
    # Same keys in both languages: the answers are stored under the same names.
    assert [f.translation_key for f in english_fields] == [
        f.translation_key for f in french_fields
    ]
    assert [f.clean_name for f in english_fields] == [f.clean_name for f in french_fields]
    # The postal address and numbers are copied as they are, not translated.
    assert english_contact.address == contact.address
    assert english_contact.telephone == contact.telephone

    html = client.get("/en/contact/").content.decode()
    assert '<html lang="en">' in html
    assert "Write to us and we will answer." in html
    assert 'for="id_nom">Name <span' in html
    assert 'for="id_adresse_electronique">Email address' in html
    assert "Tell us which team or project it is about." in html
    for text in ("Contact details", "Telephone", "Write to us", "Send", "Leave this field empty"):
        assert text in html
    assert "Adresse électronique" not in html
    assert "Précisez" not in html


def test_a_valid_message_is_stored_and_thanked_for_in_french(client, contact):
    response = client.post("/fr/contact/", {**VALID, HONEYPOT_FIELD: ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Merci, votre message nous est parvenu." in html
    submission = FormSubmission.objects.get(page=contact)
    # The honeypot is not one of the answers.
    assert submission.form_data == VALID
    assert mail.outbox == []


def test_a_valid_message_on_the_english_page_is_thanked_for_in_english(client, english_contact):
    response = client.post("/en/contact/", VALID)
    assert response.status_code == 200
    assert "Thank you, your message has reached us." in response.content.decode()
    assert FormSubmission.objects.filter(page=english_contact).count() == 1


def test_a_message_is_emailed_only_when_an_address_is_set(client, home):
    page = ContactPageFactory(
        parent=home, to_address="recherche@example.org", subject="Message du site"
    )
    client.post(page.url, VALID)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["recherche@example.org"]
    assert "Adresse électronique: marie@example.org" in mail.outbox[0].body


def test_the_submission_is_listed_in_the_admin(client, admin_client, contact):
    client.post("/fr/contact/", VALID)
    response = admin_client.get(f"/admin/forms/submissions/{contact.pk}/")
    assert response.status_code == 200
    assert "marie@example.org" in response.content.decode()
    assert admin_client.get("/admin/forms/").status_code == 200


def test_a_filled_honeypot_is_refused_and_stores_nothing(client, contact):
    response = client.post("/fr/contact/", {**VALID, HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 400
    html = response.content.decode()
    assert in_french(HONEYPOT_MESSAGE) in html.split('role="alert"', 1)[1]
    assert "spam.example" not in html
    # What the visitor wrote is kept, so that a person can send it again.
    assert 'value="Marie Curie"' in html
    assert not FormSubmission.objects.exists()


def test_a_filled_honeypot_is_refused_in_english_on_the_english_page(client, english_contact):
    response = client.post("/en/contact/", {**VALID, HONEYPOT_FIELD: "buy now"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "the field “Leave this field empty” was filled in" in html
    assert "Your message has not been sent" in html
    assert not FormSubmission.objects.exists()


def test_the_sixth_message_from_one_address_within_the_window_is_refused(client, contact):
    for _ in range(CONTACT_RATE_LIMIT):
        assert client.post("/fr/contact/", VALID, REMOTE_ADDR="192.0.2.7").status_code == 200
    response = client.post("/fr/contact/", VALID, REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 429
    assert response["Retry-After"] == str(CONTACT_RATE_WINDOW)
    html = response.content.decode()
    assert in_french(RATE_LIMIT_MESSAGE) in html.split('role="alert"', 1)[1]
    assert 'value="Marie Curie"' in html
    assert FormSubmission.objects.count() == CONTACT_RATE_LIMIT
    # Another address is not held back.
    assert client.post("/fr/contact/", VALID, REMOTE_ADDR="192.0.2.8").status_code == 200


def test_one_limit_holds_for_the_page_in_both_languages(client, english_contact):
    for _ in range(CONTACT_RATE_LIMIT):
        assert client.post("/fr/contact/", VALID).status_code == 200
    # The English page is a translation of the same form: it gives no fresh messages.
    assert client.post("/en/contact/", VALID).status_code == 429
    assert FormSubmission.objects.count() == CONTACT_RATE_LIMIT


def test_the_rate_limit_speaks_english_on_the_english_page(client, english_contact):
    for _ in range(CONTACT_RATE_LIMIT):
        client.post("/en/contact/", VALID)
    response = client.post("/en/contact/", VALID)
    assert response.status_code == 429
    assert "too many messages have come from your connection" in response.content.decode()
    assert FormSubmission.objects.count() == CONTACT_RATE_LIMIT


def test_refused_messages_do_not_count_towards_the_limit(client, contact):
    for _ in range(CONTACT_RATE_LIMIT + 1):
        client.post("/fr/contact/", {**VALID, "message": ""})
    assert client.post("/fr/contact/", VALID).status_code == 200


def test_a_form_with_errors_keeps_what_was_typed_and_marks_the_fields(client, contact):
    data = {"nom": "Marie Curie", "adresse_electronique": "pas-une-adresse", "message": ""}
    response = client.post("/fr/contact/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Marie Curie"' in html
    assert 'value="pas-une-adresse"' in html
    email = tag(html, "id_adresse_electronique")
    assert 'aria-invalid="true"' in email
    assert 'aria-describedby="id_adresse_electronique_error"' in email
    message = tag(html, "id_message")
    assert 'aria-invalid="true"' in message
    assert 'aria-describedby="id_message_helptext id_message_error"' in message
    assert "aria-invalid" not in tag(html, "id_nom")
    # Django's own messages, in French on the French page, under their fields.
    assert (
        '<ul class="form-field__errors" id="id_adresse_electronique_error">'
        "<li>Saisissez une adresse de courriel valide.</li></ul>" in html
    )
    assert (
        '<ul class="form-field__errors" id="id_message_error"><li>Champ requis.</li></ul>' in html
    )
    # And summed up at the top, each leading to its field.
    summary = html.split('<div class="form-errors" role="alert"', 1)[1].split("</div>", 1)[0]
    assert '<a href="#id_message">' in summary
    assert '<a href="#id_adresse_electronique">' in summary
    assert not FormSubmission.objects.exists()


def test_a_message_longer_than_its_limit_is_refused_in_french(client, contact):
    assert f'maxlength="{MESSAGE_MAX_LENGTH}"' in tag(
        client.get("/fr/contact/").content.decode(), "id_message"
    )
    too_long = "a" * (MESSAGE_MAX_LENGTH + 1)
    response = client.post("/fr/contact/", {**VALID, "message": too_long})
    assert response.status_code == 400
    assert (
        '<ul class="form-field__errors" id="id_message_error"><li>Assurez-vous que cette valeur '
        f"comporte au plus {MESSAGE_MAX_LENGTH} caractères "
        f"(actuellement {MESSAGE_MAX_LENGTH + 1}).</li></ul>" in response.content.decode()
    )
    assert not FormSubmission.objects.exists()
    longest = {**VALID, "message": "a" * MESSAGE_MAX_LENGTH}
    assert client.post("/fr/contact/", longest).status_code == 200


def test_a_message_longer_than_its_limit_is_refused_in_english(client, english_contact):
    too_long = "a" * (MESSAGE_MAX_LENGTH + 1)
    response = client.post("/en/contact/", {**VALID, "message": too_long})
    assert response.status_code == 400
    assert (
        f"Ensure this value has at most {MESSAGE_MAX_LENGTH} characters "
        f"(it has {MESSAGE_MAX_LENGTH + 1})." in response.content.decode()
    )
    assert not FormSubmission.objects.exists()


def test_a_post_bigger_than_django_reads_is_refused(client, contact):
    # Django refuses a body past DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) before the form sees it.
    response = client.post("/fr/contact/", {**VALID, "message": "a" * 3_000_000})
    assert response.status_code == 400
    assert not FormSubmission.objects.exists()


FIELD_TYPES = [value for value, _label in ContactFormField._meta.get_field("field_type").choices]


@pytest.mark.parametrize("field_type", FIELD_TYPES)
def test_no_kind_of_field_stores_an_oversized_answer(client, home, field_type):
    field = {"label": "Avis", "field_type": field_type, "choices": "Oui\nNon", "required": False}
    page = ContactPageFactory(parent=home, form_fields=[field])
    client.post(page.url, {"avis": "9" * 100_000})
    answers = [str(value) for s in FormSubmission.objects.all() for value in s.form_data.values()]
    assert all(len(answer) <= MESSAGE_MAX_LENGTH for answer in answers)


def test_choice_fields_render_as_fieldsets_and_translate(client, home, english_home, locales):
    page = ContactPageFactory(
        parent=home,
        form_fields=[
            {"label": "Sujet", "field_type": "radio", "choices": "Recherche\nStage"},
            {"label": "J’accepte d’être recontacté", "field_type": "checkbox"},
        ],
    )
    response = client.post(page.url, {"sujet": "Autre"})
    assert response.status_code == 400
    html = response.content.decode()
    assert '<fieldset aria-describedby="id_sujet_error">' in html
    assert 'aria-invalid="true"' in tag(html, "id_sujet_0")
    assert '<a href="#id_sujet_0">' in html
    assert 'id="id_jaccepte_detre_recontacte"' in html

    translate(
        page,
        locales["en"],
        {
            **CONTACT_IN_ENGLISH,
            "Sujet": "Subject",
            # wagtail-localize shows a line break of a text field as <br/> to the translator.
            "Recherche<br/>Stage": "Research<br/>Internship",
            "J’accepte d’être recontacté": "I agree to be contacted again",
        },
    )
    english_page = page.get_translation(locales["en"]).specific
    assert english_page.form_fields.first().choices == "Research\nInternship"
    english = client.get("/en/contact/").content.decode()
    assert 'value="Internship"' in english
    assert "I agree to be contacted again" in english
    response = client.post(
        "/en/contact/", {"sujet": "Research", "jaccepte_detre_recontacte": "on"}
    )
    assert response.status_code == 200
    assert FormSubmission.objects.get().form_data == {
        "sujet": "Research",
        "jaccepte_detre_recontacte": True,
    }


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("multipart/form-data; boundary=xyz", b"--xyz\r\nnot a part\r\n--xyz--"),
        ("multipart/form-data", b"no boundary at all"),
        ("application/x-www-form-urlencoded", b"%ff%fe=%00&nom=\xff\xfe"),
        ("application/json", b'{"nom": "Marie"}'),
    ],
)
def test_a_broken_post_never_fails_with_a_server_error(client, contact, content_type, body):
    response = client.generic("POST", "/fr/contact/", body, content_type=content_type)
    assert response.status_code in (400, 429)
    assert not FormSubmission.objects.exists()


def test_unknown_and_repeated_fields_are_ignored(client, contact):
    data = {**VALID, "nom": ["Marie", "Pierre"], "is_admin": "1", "page": "1"}
    response = client.post("/fr/contact/", data)
    assert response.status_code == 200
    assert FormSubmission.objects.get().form_data == {**VALID, "nom": "Pierre"}


def test_form_fields_are_translatable_objects():
    assert ("translation_key", "locale") in ContactFormField._meta.unique_together


def test_an_editor_builds_the_form_in_the_admin(admin_client, home):
    data = nested_form_data(
        {
            "title": "Nous contacter",
            "slug": "nous-contacter",
            "introduction": "",
            "address": "F-59045 Lille Cedex",
            "telephone": "",
            "fax": "",
            "image_alt": "",
            "body": streamfield([]),
            "thank_you_text": rich_text("<p>Merci.</p>"),
            "to_address": "",
            "from_address": "",
            "subject": "",
            "form_fields": inline_formset(
                [{"label": "Votre nom", "field_type": "singleline", "required": "on"}]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/home/contactpage/{home.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    page = ContactPage.objects.get(slug="nous-contacter", locale=home.locale)
    field = page.form_fields.get()
    assert (field.clean_name, field.locale) == ("votre_nom", home.locale)


def test_a_field_added_later_reaches_the_translation(client, contact, english_contact, locales):
    ContactFormField.objects.create(
        page=contact, label="Téléphone", field_type="singleline", required=False, sort_order=9
    )
    translate(contact, locales["en"], {**CONTACT_IN_ENGLISH, "Téléphone": "Phone"})
    english = contact.get_translation(locales["en"]).specific
    assert [f.label for f in english.form_fields.all()] == [
        "Name",
        "Email address",
        "Message",
        "Phone",
    ]
    assert 'for="id_telephone">Phone</label>' in client.get("/en/contact/").content.decode()


def test_the_limit_lifts_when_the_window_is_over(client, contact, monkeypatch):
    for _ in range(CONTACT_RATE_LIMIT):
        client.post("/fr/contact/", VALID)
    assert client.post("/fr/contact/", VALID).status_code == 429
    later = time.time() + CONTACT_RATE_WINDOW + 1
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.post("/fr/contact/", VALID).status_code == 200


def test_a_mail_server_failure_still_thanks_the_visitor(client, home, monkeypatch):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr("wagtail.contrib.forms.models.send_mail", refuse)
    page = ContactPageFactory(parent=home, to_address="recherche@example.org")
    response = client.post(page.url, VALID)
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=page).count() == 1


@pytest.mark.parametrize(
    ("number", "uri"),
    [
        ("+33 3 20 62 68 00", "tel:+33320626800"),
        ("+33 (0)3 20 62 69 00", "tel:+33320626900"),
        ("03.20.62.68.00", "tel:0320626800"),
    ],
)
def test_numbers_become_tel_links_that_dial(number, uri):
    assert tel_uri(number) == uri
