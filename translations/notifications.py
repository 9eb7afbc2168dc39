"""Translators are told by e-mail when a page waits for them: a French page published for the
first time awaits translation, and a translated French page published again leaves its
translations out of date. Each message is in the recipient's admin language, with a link to
the action. Moderators hear of translations submitted for review from Wagtail's own workflow
notifications (the "Moderators approval" task's group)."""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext, gettext_noop, override
from wagtail.models import Page
from wagtail.signals import page_published
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from publishing.groups import TRANSLATED_LANGUAGES

logger = logging.getLogger(__name__)


def translators_of(locale):
    """Active users with an e-mail address in a translator group for `locale`'s language."""
    groups = [
        name for name, codes in TRANSLATED_LANGUAGES.items() if locale.language_code in codes
    ]
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=groups)
        .exclude(email="")
        .distinct()
    )


def admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def tell_translators(locale, subject, body, url, page):
    """E-mail `locale`'s translators: `subject` and `body` are gettext messages, read in each
    recipient's admin language with the French page's title and the language's name."""
    for user in translators_of(locale):
        with override(UserProfile.get_for_user(user).get_preferred_language()):
            values = {"title": page.title, "language": locale.get_display_name(), "url": url}
            try:
                send_mail(gettext(subject) % values, gettext(body) % values, None, [user.email])
            except (OSError, SMTPException):
                # The publication is saved: a mail server that is down must not undo or hide it.
                logger.exception("Could not tell %s that “%s” waits for them", user, page)


AWAITS_SUBJECT = gettext_noop("“%(title)s” awaits translation into %(language)s")
AWAITS_BODY = gettext_noop(
    "The French page “%(title)s” was published. Start its translation into %(language)s:"
    "\n\n%(url)s"
)
CHANGED_SUBJECT = gettext_noop(
    "“%(title)s” changed in French: its %(language)s translation is out of date"
)
CHANGED_BODY = gettext_noop(
    "The French page “%(title)s” was published with changes. Update its translation into "
    "%(language)s:\n\n%(url)s"
)


def _awaiting(page):
    for alias in Page.objects.filter(alias_of=page).select_related("locale"):
        url = admin_url("translations_start", alias.id)
        tell_translators(alias.locale, AWAITS_SUBJECT, AWAITS_BODY, url, page)


def _out_of_date(page):
    translations = Translation.objects.filter(
        enabled=True, source__object_id=page.translation_key, source__locale_id=page.locale_id
    ).select_related("target_locale")
    for translation in translations:
        target = Page.objects.filter(
            translation_key=page.translation_key, locale=translation.target_locale
        ).first()
        if target is not None:
            url = admin_url("translations_update", target.id)
            tell_translators(translation.target_locale, CHANGED_SUBJECT, CHANGED_BODY, url, page)


@receiver(page_published)
def tell_translators_what_waits(sender, instance, **kwargs):
    page = instance
    if page.alias_of_id or page.locale.language_code != settings.LANGUAGE_CODE:
        return
    # Once the publication is saved: the aliases made for it exist then (signals.py).
    first = page.first_published_at == page.last_published_at
    transaction.on_commit(lambda: (_awaiting if first else _out_of_date)(page))
