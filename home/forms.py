"""The contact page's form: the editors' fields, plus a honeypot that only robots fill in."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

# A hyphen keeps the name apart from every editor field: the form builder names those in
# snake_case. Robots fill in whatever looks like a website field.
HONEYPOT_FIELD = "your-website"

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
    def get_form_class(self):
        return type("ContactPageForm", (ContactForm,), self.formfields)
