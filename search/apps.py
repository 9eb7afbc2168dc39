from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.generations import purge

        # Searches read the promotions once per generation (search/results.py): a change to
        # one starts a new generation, as a change to a page does.
        post_save.connect(purge, sender=SearchPromotion)
        post_delete.connect(purge, sender=SearchPromotion)
