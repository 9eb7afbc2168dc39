"""The contact page's form: the editors' fields, plus a honeypot that only robots fill in."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

# A hyphen keeps the name apart from every editor field: the form builder names those in
# snake_case. Robots fill in whatever looks like a website field.
HONEYPOT_FIELD = "your-website"

# The longest answer each field takes: enough for any real message, too little for one message
# to fill the database. Wagtail already limits a single line to 255 characters, Django an e-mail
# address to 320; dates, choices and checkboxes keep only what they understand.
MESSAGE_MAX_LENGTH = 5000
LINE_MAX_LENGTH = 255
URL_MAX_LENGTH = 2048  # as Django's URL validator
NUMBER_MAX_DIGITS = 20

HONEYPOT_MESSAGE = _(
    "Your message was not sent: the field “Leave this field empty” was filled in. "
    "Please send it again."
)


class HoneypotInput(forms.TextInput):
    """Never shows back what was typed: a person whose browser filled it in can send again."""

    def format_value(self, value):
        return None


class ContactForm(BaseForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Added last, after the editors' fields; the template hides it from sight only.
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=HoneypotInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def editor_fields(self):
        """The visible fields the editors built, in their order."""
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    def clean(self):
        cleaned_data = super().clean()
        # Out of the stored answers and the e-mail either way.
        if cleaned_data.pop(HONEYPOT_FIELD, ""):
            raise forms.ValidationError(HONEYPOT_MESSAGE, code="honeypot")
        return cleaned_data


class ContactFormBuilder(FormBuilder):
    def create_multiline_field(self, field, options):
        return super().create_multiline_field(field, {**options, "max_length": MESSAGE_MAX_LENGTH})

    def create_url_field(self, field, options):
        return super().create_url_field(field, {**options, "max_length": URL_MAX_LENGTH})

    def create_number_field(self, field, options):
        return super().create_number_field(field, {**options, "max_digits": NUMBER_MAX_DIGITS})

    def create_hidden_field(self, field, options):
        return super().create_hidden_field(field, {**options, "max_length": LINE_MAX_LENGTH})

    def get_form_class(self):
        return type("ContactPageForm", (ContactForm,), self.formfields)
