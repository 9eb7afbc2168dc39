import contextlib
import logging
import re
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormSubmission
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.forms import ContactFormBuilder
from users.addresses import client_address

from .pages import BasePage

logger = logging.getLogger(__name__)

# The contact form accepts at most this many messages per client address in a window, the
# page's translations together.
CONTACT_RATE_LIMIT = 5
CONTACT_RATE_WINDOW = 10 * 60  # seconds

RATE_LIMIT_MESSAGE = _(
    "Your message was not sent: too many messages have come from your connection. "
    "Please try again in a few minutes."
)


def tel_uri(number):
    """A tel: link for a number as people write it: "+33 3 20 62 69 00" -> "tel:+33320626900".

    In "+33 (0)3 20 62 69 00" the (0) is dialled only from within France: it is left out.
    """
    if number.lstrip().startswith("+"):
        number = number.replace("(0)", "")
    return "tel:" + re.sub(r"[^\d+]", "", number)


class ContactPage(AbstractEmailForm, BasePage):
    """The contact page: the faculty's address and numbers, and a form stored in the admin.

    Messages are listed in the admin (Forms menu) and e-mailed only when "to address" is set.
    """

    address = models.TextField(
        _("postal address"), blank=True, help_text=_("One line per line of the address.")
    )
    telephone = models.CharField(
        _("telephone"),
        max_length=40,
        blank=True,
        help_text=_("In international format, e.g. +33 3 20 62 69 00, to work from abroad."),
    )
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown once a message has been sent."),
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Shown before the form: what is kept of a message, for how long and who reads it. "
            "The site deletes messages after 365 days, unless its administrators set another "
            "period."
        ),
    )

    form_builder = ContactFormBuilder

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        MultiFieldPanel(
            [FieldPanel("address"), FieldRowPanel([FieldPanel("telephone"), FieldPanel("fax")])],
            heading=_("Contact details"),
        ),
        FieldPanel("body"),
        InlinePanel("form_fields", heading=_("Form fields"), label=_("Field")),
        FieldPanel("privacy_notice"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("to_address"), FieldPanel("from_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail notification"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("address")]

    # A postal address is written as the post office reads it, in French, and numbers do not
    # change with the language; the e-mail settings concern staff, not readers. Translations
    # copy all of them from the French page instead of asking a translator.
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("address", overridable=False),
        SynchronizedField("telephone"),
        SynchronizedField("fax"),
        TranslatableField("form_fields"),
        TranslatableField("thank_you_text"),
        TranslatableField("privacy_notice"),
        SynchronizedField("to_address", overridable=False),
        SynchronizedField("from_address", overridable=False),
        SynchronizedField("subject"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    @property
    def telephone_uri(self):
        return tel_uri(self.telephone)

    @property
    def fax_uri(self):
        return tel_uri(self.fax)

    def rate_limit_key(self, request):
        # Keyed by what the translations share: /fr/contact/ and /en/contact/ are one form.
        return f"contact-form:{self.translation_key}:{client_address(request)}"

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        key = self.rate_limit_key(request)
        # A place is taken before the form is checked, in one atomic step, so that a burst of
        # simultaneous posts cannot all slip under the limit; a form sent back gives it back.
        if self.take_place(key) > CONTACT_RATE_LIMIT:
            form.add_error(None, RATE_LIMIT_MESSAGE)
            response = self.render_form(request, form, status=429)
            response["Retry-After"] = str(CONTACT_RATE_WINDOW)
            return response
        if not form.is_valid():
            self.give_back_place(key)
            return self.render_form(request, form, status=400)
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def take_place(self, key):
        """The number of posts in the window, this one included."""
        # The window starts with the first post: add() does nothing once the key exists.
        cache.add(key, 0, CONTACT_RATE_WINDOW)
        try:
            return cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.set(key, 1, CONTACT_RATE_WINDOW)
            return 1

    def give_back_place(self, key):
        with contextlib.suppress(ValueError):  # the window has ended meanwhile
            cache.decr(key)

    def render_form(self, request, form, status):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def send_mail(self, form):
        # The message is stored and listed in the admin already: a mail server failure must not
        # turn the visitor's accepted message into an error page.
        try:
            super().send_mail(form)
        except OSError:
            logger.exception("Contact page %s: the notification e-mail was not sent.", self.pk)


def delete_old_messages():
    """Delete the contact form's messages kept for longer than CONTACT_MESSAGE_RETENTION_DAYS;
    return how many. With none to delete, one query: the scheduler runs it every minute."""
    sent_before = timezone.now() - timedelta(days=settings.CONTACT_MESSAGE_RETENTION_DAYS)
    deleted, _by_model = FormSubmission.objects.filter(
        page__in=ContactPage.objects.all(), submit_time__lt=sent_before
    ).delete()
    return deleted


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form, translated with its page: label, help text, choices.

    Only TranslatableMixin children are translated by wagtail-localize; others are copied as
    they are, which would leave French labels on the English form.
    """

    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="form_fields")

    # The name keys the stored answers: the same in every language, so it is never translated.
    translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        TranslatableField("label"),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        TranslatableField("help_text"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")
