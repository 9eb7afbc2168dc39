"""Publishing a page and its translations together: one action for a moderator.

A French page changes, its translators finish their drafts, and the moderator publishes the
whole set at once, so that no language shows the new version while another shows the old.
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Page


@dataclass
class Version:
    """One language's version of the page, with changes waiting to be published."""

    page: Page
    can_publish: bool


def waiting_versions(page, user):
    """The versions of `page` in every language (itself included, aliases excluded: they follow
    their source) whose latest draft is not live, source language first."""
    pages = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .filter(has_unpublished_changes=True)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    default = page.locale.get_default()
    versions = [
        Version(page=version, can_publish=version.permissions_for_user(user).can_publish())
        for version in pages
    ]
    # The source first: its publication is what the translations follow.
    return sorted(versions, key=lambda version: version.page.locale_id != default.id)


@transaction.atomic
def publish_together(versions, user):
    """Publish the latest draft of each version `user` may publish, all or none. Returns those
    published."""
    published = [version for version in versions if version.can_publish]
    for version in published:
        version.page.get_latest_revision().publish(user=user)
    return published
