"""The publish generation: what stored pages and shared parts are valid for.

A page shows the menu, the footer, the titles of its neighbours and of related pages: one
publish can change many pages. Rather than track which, every publish, unpublish, move or
deletion of a page, and every change to a model that shows on pages (`shows_on_pages`), starts
a new generation. What is stored is stored with the generation it was built in and used only
in that same generation, so the next request builds it afresh, in every process sharing the
cache. A stored page or part is also used only by the build that stored it (`release`).
"""

import functools
import hashlib
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.forms.models import AbstractFormSubmission
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

# One for every build: a publish made in a container of the previous build, during a deploy,
# must reach the pages stored by the new one.
GENERATION_KEY = "page-cache:generation"
# Kept by Wagtail and shown on pages: images, documents, site settings, a page made private, a
# site's address or root, a language; and snippets (get_snippet_models()), whichever app has them.
WAGTAIL_CONTENT = (
    AbstractImage,
    AbstractDocument,
    BaseSiteSetting,
    PageViewRestriction,
    Site,
    Locale,
)
# Never shown on pages: pages (their drafts are saved often; their own signals purge),
# renditions (made while rendering), accounts (saved at each login) and what visitors send.
NEVER_SHOWN = (Page, AbstractRendition, AbstractBaseUser, AbstractFormSubmission)


def generation():
    current = cache.get(GENERATION_KEY)
    if current is None:  # never set, evicted or the cache restarted: a new one, never seen before
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        current = cache.get(GENERATION_KEY)
    return current


def release():
    """The build the site runs, in every stored page's and part's key: a deploy never serves
    a page, or unpickles a part, that the previous build made. RELEASE_ID when the deploy
    names it, else the static files' manifest, which collectstatic rewrites whenever one of
    them changes."""
    return settings.RELEASE_ID or manifest_hash(settings.STATIC_ROOT)


@functools.cache
def manifest_hash(static_root):
    try:
        return hashlib.sha256(Path(static_root, "staticfiles.json").read_bytes()).hexdigest()[:16]
    except FileNotFoundError:
        # No files collected: development, where each process's cache starts empty anyway.
        return "development"


def purge(**kwargs):
    """Start a new generation: every cached page is built afresh on its next request."""
    new_generation()
    # A publish is one transaction, and its signals come before the commit: a page built in
    # between read the content as it was, and was kept in the new generation. Once more, then.
    transaction.on_commit(new_generation)


# A new generation that the cache did not take (Redis away): this process starts it again
# before it next reads a stored page, or pages stored before the outage would outlive the change.
unsaved_purge = False


def new_generation():
    global unsaved_purge
    unsaved_purge = bool(cache.set_many({GENERATION_KEY: time.time_ns()}, timeout=None))


def retry_unsaved_purge():
    if unsaved_purge:
        new_generation()


def shows_on_pages(model):
    """True for a model whose changes can show on pages: every model of the project's own apps
    (those at the top of its folder), so that a new app's are never missed, and Wagtail's
    content."""
    if issubclass(model, NEVER_SHOWN):
        return False
    return (
        project_app(model._meta.app_label)
        or issubclass(model, WAGTAIL_CONTENT)
        or model in get_snippet_models()
    )


def project_app(app_label):
    try:
        app = apps.get_app_config(app_label)
    except LookupError:  # not an installed app: Django's record of applied migrations, for one
        return False
    return Path(app.path).parent == Path(settings.BASE_DIR)


def purge_on_content_change(sender, **kwargs):
    if shows_on_pages(sender):
        purge()


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge)
    post_delete.connect(purge, sender=Page)
    post_save.connect(purge_on_content_change)
    post_delete.connect(purge_on_content_change)
