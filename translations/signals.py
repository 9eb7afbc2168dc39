"""What happens by itself in the translation workflow: new French pages offered for
translation, converted aliases kept offline until translated (and caches purged then), and
translations checked against their field."""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache
from wagtail.models import Locale, Page
from wagtail.signals import page_published
from wagtail_localize.models import StringTranslation

from core.generations import purge
from translations.limits import check_length


@receiver(page_published)
def offer_new_pages_for_translation(sender, instance, **kwargs):
    """A French page, once published, appears in each other language's tree as an alias that
    translators turn into a translation.

    wagtail-localize's own locale synchronisation makes the alias as soon as a page is
    created, copying its unpublished draft into a tree that translators may read: waiting
    for the first publication keeps drafts with the people who may see them. Visitors who
    reach an alias are sent to the French page (wagtail_hooks.py).
    """
    page = instance
    if page.alias_of_id or page.locale.language_code != settings.LANGUAGE_CODE:
        return
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if not page.has_translation(locale):
            page.copy_for_translation(locale, copy_parents=True, alias=True)


def purge_page_from_cdn(page):
    # The frontend cache app is installed when a CDN is configured (config/settings/base.py).
    if apps.is_installed("wagtail.contrib.frontend_cache"):
        purge_page_from_cache(page)


@receiver(post_save)
def after_a_conversion(sender, instance, update_fields, raw, **kwargs):
    """wagtail-localize turns an alias into a translation, or back, by saving `alias_of_id`
    alone, without the publish or unpublish signals that purge caches.

    An alias turned into a translation waits offline until the translation is published:
    wagtail-localize keeps it live, and with its strings still in French it would be served,
    listed and put in the sitemap as the English page. Publishing the translation puts it back
    online. Either way what visitors read at the page's address changes: caches are purged.
    """
    converted = update_fields is not None and set(update_fields) == {"alias_of_id"}
    if not converted or raw or not isinstance(instance, Page):
        return
    if instance.live:
        instance.live = False
        Page.objects.filter(pk=instance.pk).update(live=False)
    purge()
    transaction.on_commit(lambda: purge_page_from_cdn(instance))


@receiver(pre_save, sender=StringTranslation)
def refuse_translations_longer_than_their_field(sender, instance, raw, **kwargs):
    if not raw:
        check_length(instance)
