"""Each language's home, when it is created, gives the groups their rights on its tree."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page

from .groups import grant_tree_permissions


@receiver(post_save)
def grant_permissions_on_new_home(sender, instance, created, raw, **kwargs):
    # Pages are saved under their specific class, so the sender cannot filter them.
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        grant_tree_permissions(instance)
