"""Translators start translating a new page from its alias.

Every French page, once published, has an alias in each other language (signals.py): a copy
that mirrors the French. wagtail-localize's "Translate this page" turns it into a translation
but asks for "Can submit translations", which translators do not hold (publishing/groups.py).
Here, whoever may edit the alias starts its translation, from the French as visitors read it.
"""

from django.db import transaction
from wagtail_localize.models import Translation, TranslationSource


def may_start(alias, user):
    """Whether `user` may turn `alias` into a translation: they may edit it, and the French
    page it mirrors is published."""
    return bool(
        alias.alias_of_id and alias.permissions_for_user(user).can_edit() and alias.alias_of.live
    )


@transaction.atomic
def start_translation(alias, user):
    """Turn `alias` into a wagtail-localize translation of the published French page.

    The French page's own row holds its published content (drafts live in revisions), so the
    translation never starts from a draft. The converted page goes offline until a moderator
    publishes its translation (signals.after_a_conversion)."""
    french = alias.alias_of.specific
    source, _created = TranslationSource.update_or_create_from_instance(french)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale_id=alias.locale_id, defaults={"enabled": True}
    )
    translation.save_target(user=user, publish=False)
    return translation
