import os

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Collection, Locale, Page, Site
from wagtail.permissions import policy_registry

from tests.factories import HomePageFactory
from translations.translating import translate

# Playwright's sync API runs an event loop in the test thread; the ORM calls made next to it
# (fixtures, assertions) are ordinary synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

HOME_IN_ENGLISH = {
    "Accueil": "Home",
    "accueil": "home",
    "La recherche à la Faculté de médecine de Lille.": (
        "Research at Lille University School of Medicine."
    ),
}


def empties_the_database(item):
    marker = item.get_closest_marker("django_db")
    return (
        bool(marker and marker.kwargs.get("transaction"))
        or "live_server" in item.fixturenames
        or "transactional_db" in item.fixturenames
    )


def pytest_itemcollected(item):
    """With `make test`'s workers (pytest-xdist, --dist loadgroup) each test goes to the next
    free worker, in the order below; a module that reads the demo site goes whole to one
    worker, so that its site is built once (demo_site)."""
    if "demo_site" in item.fixturenames:
        item.add_marker(pytest.mark.xdist_group(item.module.__name__))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests that empty the database at their end run after all the others, as pytest-django
    orders them. pytest regroups the tests that take pytest-playwright's browser parameter
    (any test with a fixture named `page`), which can pull the browser tests forward: what
    migrations made (editorial groups, the root collection) would be gone for the tests after
    them."""
    items.sort(key=empties_the_database)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: what an earlier test kept there (pages, the parts
    every page shares, a generation, rate limits) came from a database since rolled back."""
    cache.clear()


@pytest.fixture(autouse=True)
def permission_policies_forget_content_types():
    """Wagtail's permission policies live as long as the process and keep their model's content
    type; a test that empties the database makes the content types anew, with other ids, and a
    policy kept from before would find no permission (the menu's, for a translator)."""
    registries = ("values_by_class", "values_by_exact_class", "fallback_policies")
    for registry in registries:
        for policy in getattr(policy_registry, registry).values():
            vars(policy).pop("_content_type", None)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production: the tests' settings turn it off."""
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def media(settings, tmp_path):
    """Uploaded files go to a temporary folder, removed after the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def user_in(django_user_model):
    """`user_in("Moderators")`: a new user in that editorial group (made by a migration)."""

    def make(group_name):
        user = django_user_model.objects.create_user(
            username=group_name.lower().replace(" ", "-"), password="not-a-secret"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("fr", "en")}


@pytest.fixture
def root_page(locales):
    # Transactional tests empty every table afterwards, Wagtail's root page and root
    # collection (where images and documents go) included.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["fr"]))
    return root


@pytest.fixture
def home(root_page, locales):
    """The French home at the root of the default site, in place of Wagtail's welcome page."""
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root_page, locale=locales["fr"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def english_home(home, locales):
    """The English home: a published wagtail-localize translation of the French one."""
    return translate(home, locales["en"], HOME_IN_ENGLISH).specific


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site, built once for a module inside a transaction rolled back at its end, its
    images in a temporary folder. Building it takes most of a minute: each test reads it inside
    its own nested transaction instead of building it again."""
    with (
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        django_db_blocker.unblock(),
    ):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            for code in ("fr", "en"):
                Locale.objects.get_or_create(language_code=code)
            call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_site, db):
    """The demo site (demo_site) for one test: its languages by code."""
    return {code: Locale.objects.get(language_code=code) for code in ("fr", "en")}
