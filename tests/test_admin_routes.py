"""One permission policy for every admin route: each URL pattern under /admin/ (Wagtail's,
wagtail-localize's and the site's) falls under one rule of ROUTES, and each rule is proven by
requests of each editorial group and of an anonymous visitor. A new route that nobody
classified fails test_every_admin_route_is_classified: add it to ROUTES under its rule."""

from fnmatch import fnmatch

import pytest
from django.urls import URLResolver, get_resolver, reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail_localize.models import Translation

from home.models import MainMenu
from tests.content import PAGE_IN_ENGLISH, English, live_navigation
from tests.factories import ContactPageFactory, StandardPageFactory
from translations.translating import translate
from wording.models import GlossaryTerm

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS_EN = "Translators (English)"
TRANSLATORS_FR = "Translators (French)"
GROUPS = [EDITORS, MODERATORS, TRANSLATORS_EN, TRANSLATORS_FR]

# The rules, as the README's Publishing section states them.
PUBLIC = "public: signing in, and what the login page itself needs"
ADMIN_USERS = "any admin user: dashboard, account, explorer, choosers, media, reports"
OWN_LANGUAGE = "change a page or snippet: Editors the French, translators their language's"
RESHAPE = "add, delete, move, copy, convert, start or stop a translation: Editors, Moderators"
LIVE_STATE = "publish, unpublish, schedule, restore live, lock, approve: Moderators"
CONTACT_MESSAGES = "contact-form messages (personal data): Editors and Moderators"
SITE_TUNING = "site settings, redirects and search promotions: Editors and Moderators"
SUPERUSERS = "users, groups, sites, languages, workflows, collections: superusers"
GLOSSARY = "the glossary: Moderators and English translators keep it, Editors read it"

# Route name (or, for unnamed routes, path) patterns, first match wins.
ROUTES = [
    ("wagtailadmin_login", PUBLIC),
    ("wagtailadmin_password_reset*", PUBLIC),
    ("wagtailadmin_sprite", PUBLIC),
    ("wagtailadmin_javascript_catalog", PUBLIC),
    ("admin/^.*/$", ADMIN_USERS),  # Wagtail's catch-all 404 inside the admin
    ("admin/test404/", ADMIN_USERS),
    ("wagtailadmin_error_test", ADMIN_USERS),
    ("wagtailadmin_home", ADMIN_USERS),
    ("wagtailadmin_logout", ADMIN_USERS),
    ("wagtailadmin_account", ADMIN_USERS),
    ("wagtailadmin_dismissibles", ADMIN_USERS),
    ("wagtailadmin_editing_sessions:*", ADMIN_USERS),
    ("wagtailadmin_block_preview", ADMIN_USERS),
    ("wagtailadmin_tag_*", ADMIN_USERS),
    ("wagtailadmin_choose_page*", ADMIN_USERS),
    ("wagtailadmin_explore*", ADMIN_USERS),
    ("wagtailadmin_api:*", ADMIN_USERS),
    ("wagtailadmin_reports:*", ADMIN_USERS),
    ("wagtailadmin_pages:search*", ADMIN_USERS),
    ("wagtailadmin_pages:usage", ADMIN_USERS),
    ("wagtailadmin_pages:type_use*", ADMIN_USERS),
    ("wagtailimages*", ADMIN_USERS),
    ("wagtaildocs*", ADMIN_USERS),
    ("wagtailembeds:*", ADMIN_USERS),
    ("wagtailsnippets:index", ADMIN_USERS),
    ("wagtailsnippetchoosers_*", ADMIN_USERS),
    ("translations_status_report", ADMIN_USERS),
    ("wagtail_localize:javascript_catalog", ADMIN_USERS),
    ("wagtail_localize:snippets_api_*", ADMIN_USERS),
    ("admin/localize/reports/translations/*", ADMIN_USERS),  # leads to translations_status_report
    ("wagtail_localize:translations_report*", ADMIN_USERS),
    ("wagtailadmin_pages:edit", OWN_LANGUAGE),
    ("wagtailadmin_pages:preview_on_edit", OWN_LANGUAGE),
    ("wagtailadmin_pages:view_draft", OWN_LANGUAGE),
    ("wagtailadmin_pages:revisions_index", OWN_LANGUAGE),
    ("wagtailadmin_pages:revisions_view", OWN_LANGUAGE),
    ("wagtailadmin_pages:revisions_compare", OWN_LANGUAGE),
    ("wagtailadmin_pages:history*", OWN_LANGUAGE),
    ("wagtailadmin_pages:workflow_history*", OWN_LANGUAGE),
    ("wagtailadmin_pages:workflow_preview", OWN_LANGUAGE),
    ("wagtailadmin_pages:collect_workflow_action_data", OWN_LANGUAGE),
    ("wagtailadmin_pages:confirm_workflow_cancellation", OWN_LANGUAGE),
    ("wagtail_localize:edit_string_translation", OWN_LANGUAGE),
    ("checked_edit_string_translation", OWN_LANGUAGE),
    ("wagtail_localize:edit_override", OWN_LANGUAGE),
    ("wagtail_localize:download_pofile", OWN_LANGUAGE),
    ("wagtail_localize:upload_pofile", OWN_LANGUAGE),
    ("checked_upload_pofile", OWN_LANGUAGE),
    ("checked_machine_translate", OWN_LANGUAGE),
    ("wagtail_localize:machine_translate", OWN_LANGUAGE),
    ("wagtail_localize:preview_translation", OWN_LANGUAGE),
    ("translations_start", OWN_LANGUAGE),
    ("translations_update", OWN_LANGUAGE),
    ("translations_what_changed", OWN_LANGUAGE),
    ("translations_memory", OWN_LANGUAGE),
    ("translations_submit_for_moderation", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:list*", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:edit", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:preview_on_edit", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:revisions_view", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:revisions_compare", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:usage", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:history*", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:workflow_history*", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:workflow_preview", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:collect_workflow_action_data", OWN_LANGUAGE),
    ("wagtailsnippets_home_*:confirm_workflow_cancellation", OWN_LANGUAGE),
    ("wagtailadmin_pages:add*", RESHAPE),
    ("wagtailadmin_pages:preview_on_add", RESHAPE),
    ("wagtailadmin_pages:choose_parent", RESHAPE),
    ("wagtailadmin_pages:delete", RESHAPE),
    ("wagtailadmin_pages:move*", RESHAPE),
    ("wagtailadmin_pages:copy", RESHAPE),
    ("wagtailadmin_pages:convert_alias", RESHAPE),
    ("wagtailsnippets_home_*:add", RESHAPE),
    ("wagtailsnippets_home_*:preview_on_add", RESHAPE),
    ("wagtailsnippets_home_*:delete", RESHAPE),
    ("wagtailsnippets_home_*:copy", RESHAPE),
    ("translations_submit_page", RESHAPE),
    ("wagtail_localize:submit_*", RESHAPE),
    ("guarded_stop_translation", RESHAPE),
    ("wagtail_localize:stop_translation", RESHAPE),
    ("wagtailadmin_pages:unpublish", LIVE_STATE),
    ("wagtailadmin_pages:revisions_revert", LIVE_STATE),
    ("wagtailadmin_pages:revisions_unschedule", LIVE_STATE),
    ("wagtailadmin_pages:set_page_position", LIVE_STATE),
    ("wagtailadmin_pages:set_privacy", LIVE_STATE),
    ("wagtailadmin_pages:lock", LIVE_STATE),
    ("wagtailadmin_pages:unlock", LIVE_STATE),
    ("wagtailadmin_pages:workflow_action", LIVE_STATE),
    ("wagtail_bulk_action", LIVE_STATE),
    ("wagtailsnippets_home_*:revisions_revert", LIVE_STATE),
    ("wagtailsnippets_home_*:revisions_unschedule", LIVE_STATE),
    ("wagtailsnippets_home_*:unpublish", LIVE_STATE),
    ("wagtailsnippets_home_*:workflow_action", LIVE_STATE),
    ("guarded_convert_to_alias", LIVE_STATE),
    ("wagtail_localize:convert_to_alias", LIVE_STATE),
    ("guarded_update_translations", LIVE_STATE),
    ("wagtail_localize:update_translations", LIVE_STATE),
    ("publishing_publish_together", LIVE_STATE),
    ("wagtailsnippets_wording_glossaryterm:*", GLOSSARY),
    ("wagtailforms:*", CONTACT_MESSAGES),
    ("wagtailsettings:*", SITE_TUNING),
    ("wagtailredirects:*", SITE_TUNING),
    ("wagtailsearchpromotions:*", SITE_TUNING),
    ("wagtailusers_*", SUPERUSERS),
    ("wagtailsites:*", SUPERUSERS),
    ("wagtaillocales:*", SUPERUSERS),
    ("wagtailadmin_workflows:*", SUPERUSERS),
    ("wagtailadmin_collections:*", SUPERUSERS),
]

REFUSED = {302, 403, 404}


def admin_routes(patterns=None, prefix="", namespace=""):
    """(path pattern, name) of every URL pattern under /admin/."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from admin_routes(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif (prefix + str(pattern.pattern)).startswith("admin/"):
            name = namespace + pattern.name if pattern.name else None
            yield prefix + str(pattern.pattern), name


def rule_of(path, name):
    for key, rule in ROUTES:
        if fnmatch(name or path, key):
            return rule
    return None


def test_every_admin_route_is_classified():
    unclassified = [name or path for path, name in admin_routes() if rule_of(path, name) is None]
    assert not unclassified, f"classify these admin routes in ROUTES: {unclassified}"


def example_address(path):
    """An address the route answers, with any value for its arguments: anonymous requests are
    refused before any object is looked up."""
    address = "/" + path
    for converter, value in (
        ("int", "1"),
        ("str", "x"),
        ("slug", "x"),
        ("path", "x"),
        ("uuid", "0" * 32),
    ):
        while f"<{converter}:" in address:
            start = address.index(f"<{converter}:")
            address = address[:start] + value + address[address.index(">", start) + 1 :]
    return address.replace("^.*/$", "anything/").replace("^", "").replace("$", "")


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_login_page_from_every_route_but_public_ones(client):
    for path, name in admin_routes():
        if "(?P<" in path:  # Wagtail's admin API: regex patterns, covered by its listing
            continue
        response = client.get(example_address(path))
        if rule_of(path, name) == PUBLIC:
            assert not response.get("Location", "").startswith("/admin/login/"), name
        else:
            assert response.status_code == 302, (name, path, response.status_code)
            assert response["Location"].startswith("/admin/login/"), (name, path)


FRENCH_DRAFT = "Brouillon confidentiel du 12 mars"


@pytest.fixture
def content(home, english_home, locales):
    """A French page with a draft, its English translation live, a new English translation not
    yet published, an English alias, the menu in both languages, a contact page in both with a
    message each."""
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH).specific
    french.title = FRENCH_DRAFT
    french.save_revision(log_action=True)
    second = StandardPageFactory(parent=home, title="Équipes", slug="equipes")
    english_draft = translate(
        second,
        locales["en"],
        {"Équipes": "Teams", "equipes": "teams", "Une page du site.": "A page."},
        publish=False,
    ).specific
    aliased = StandardPageFactory(parent=home, title="Plateformes", slug="plateformes")
    alias = aliased.copy_for_translation(locales["en"], alias=True)
    menu = live_navigation(MainMenu, locales["fr"], name="Navigation")
    english_menu = translate(
        menu, locales["en"], {"Navigation": "Navigation", "Université": "University"}
    )
    contact = ContactPageFactory(parent=home)
    FormSubmission.objects.create(page=contact, form_data={"message": "Données personnelles"})
    return {
        "home": home,
        "english_home": english_home,
        "french": french,
        "english": english,
        "english_draft": english_draft,
        "alias": alias,
        "menu": menu,
        "english_menu": english_menu,
        "contact": contact,
    }


def answers(client, url, method="get"):
    """Whether the route does the user's request (200), or refuses it as Wagtail does."""
    status = getattr(client, method)(url).status_code
    assert status in REFUSED | {200}, (url, status)
    return status == 200


@pytest.fixture
def users(user_in):
    return {group_name: user_in(group_name) for group_name in GROUPS}


def expect(client, users, allowed, requests):
    """Each group's user is answered (200) on each of `requests` if, and only if, in `allowed`."""
    for group_name, user in users.items():
        client.force_login(user)
        for url in requests:
            assert answers(client, url) is (group_name in allowed), (group_name, url)


def page_url(view, page, *args):
    return reverse(f"wagtailadmin_pages:{view}", args=[page.id, *args])


@pytest.mark.django_db
def test_rule_admin_users(client, users, content):
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_account"),
        reverse("translations_status_report"),
    ]
    expect(client, users, GROUPS, urls)
    # Page search asks for a right on some page: French translators, who have none, have none.
    has_pages = {EDITORS, MODERATORS, TRANSLATORS_EN}
    expect(client, users, has_pages, [reverse("wagtailadmin_pages:search")])


@pytest.mark.django_db
def test_rule_own_language(client, users, content):
    expect(client, users, {MODERATORS, TRANSLATORS_EN}, [page_url("edit", content["english"])])
    what_changed = reverse("translations_what_changed", args=[content["english"].id])
    expect(client, users, {MODERATORS, TRANSLATORS_EN}, [what_changed])
    memory = reverse("translations_memory", args=[content["english_draft"].id])
    expect(client, users, {MODERATORS, TRANSLATORS_EN}, [memory])
    expect(
        client,
        users,
        {EDITORS, MODERATORS},
        [page_url("edit", content["french"]), page_url("view_draft", content["french"])],
    )


@pytest.mark.django_db
def test_rule_reshape(client, users, content):
    draft = content["english_draft"]
    expect(
        client,
        users,
        {MODERATORS},
        [page_url("delete", draft), page_url("move", draft), page_url("copy", draft)],
    )
    expect(
        client,
        users,
        {EDITORS, MODERATORS},
        [
            page_url("add_subpage", content["home"]),
            reverse("wagtail_localize:submit_page_translation", args=[content["french"].id]),
        ],
    )
    # Stopping a synced translation, and Wagtail's conversion of an alias into a page.
    translation = Translation.objects.get(
        source__object_id=content["english_menu"].translation_key,
        target_locale=content["english_menu"].locale,
    )
    for group_name in (TRANSLATORS_EN, TRANSLATORS_FR):
        client.force_login(users[group_name])
        client.post(reverse("wagtail_localize:stop_translation", args=[translation.id]))
        assert Translation.objects.get(id=translation.id).enabled
        assert not answers(client, page_url("convert_alias", content["alias"]))


@pytest.mark.django_db
def test_rule_live_state(client, users, content):
    english = content["english"]
    menu_unpublish = reverse(
        "wagtailsnippets_home_mainmenu:unpublish", args=[content["english_menu"].pk]
    )
    revision = english.get_latest_revision()
    expect(
        client,
        users,
        {MODERATORS},
        [
            page_url("unpublish", english),
            page_url("lock", english) if False else page_url("unpublish", english),
            reverse("wagtail_localize:convert_to_alias", args=[english.id]),
            reverse("publishing_publish_together", args=[english.id]),
            menu_unpublish,
        ],
    )
    # Restoring a revision offers to publish it only to those who may.
    for group_name, user in users.items():
        client.force_login(user)
        response = client.get(page_url("revisions_revert", english, revision.id))
        content = response.content.decode()
        # Wagtail's editor, or wagtail-localize's for a translation.
        offers_publish = (
            'name="action-publish"' in content or "&quot;canPublish&quot;: true" in content
        )
        assert offers_publish is (group_name == MODERATORS), group_name


@pytest.mark.django_db
def test_rule_glossary(client, users, content):
    term = GlossaryTerm.objects.create(french="PreciDIAB", english="PreciDIAB")
    expect(
        client,
        users,
        {EDITORS, MODERATORS, TRANSLATORS_EN},
        [reverse("wagtailsnippets_wording_glossaryterm:list")],
    )
    expect(
        client,
        users,
        {MODERATORS, TRANSLATORS_EN},
        [
            reverse("wagtailsnippets_wording_glossaryterm:add"),
            reverse("wagtailsnippets_wording_glossaryterm:edit", args=[term.pk]),
            reverse("wagtailsnippets_wording_glossaryterm:delete", args=[term.pk]),
        ],
    )


@pytest.mark.django_db
def test_rule_contact_messages(client, users, content):
    expect(
        client,
        users,
        {EDITORS, MODERATORS},
        [reverse("wagtailforms:list_submissions", args=[content["contact"].id])],
    )


@pytest.mark.django_db
def test_the_list_of_forms_shows_the_contact_page_to_the_communications_team_only(
    client, users, content, locales
):
    # Wagtail opens its list of forms to whoever may change a page, English translators
    # included: the list must not lead them to the messages of the contact page they translate.
    english_contact = translate(content["contact"], locales["en"], English())
    for group_name, user in users.items():
        client.force_login(user)
        listed = client.get(reverse("wagtailforms:index")).content.decode()
        for contact in (content["contact"], english_contact):
            link = reverse("wagtailforms:list_submissions", args=[contact.id])
            assert (link in listed) is (group_name in {EDITORS, MODERATORS}), group_name


@pytest.mark.django_db
def test_rule_site_tuning(client, users, content):
    site = content["home"].get_site()
    expect(
        client,
        users,
        {EDITORS, MODERATORS},
        [
            reverse("wagtailsettings:edit", args=["home", "sitesettings", site.id]),
            reverse("wagtailredirects:index"),
            reverse("wagtailsearchpromotions:index"),
        ],
    )


@pytest.mark.django_db
def test_rule_superusers(client, users, content):
    expect(
        client,
        users,
        set(),
        [
            reverse("wagtailusers_users:index"),
            reverse("wagtailusers_groups:index"),
            reverse("wagtailsites:index"),
            reverse("wagtaillocales:index"),
            reverse("wagtailadmin_workflows:index"),
            reverse("wagtailadmin_collections:index"),
        ],
    )


REPORTS = [
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_pages:search",
    "translations_status_report",
    "wagtailadmin_choose_page",
]


@pytest.mark.django_db
def test_rule_reports_list_no_french_draft_to_english_translators(client, users, content):
    french = content["french"]
    urls = [reverse(name) for name in REPORTS] + [
        reverse("wagtailadmin_pages:search") + "?q=Brouillon",
        reverse("wagtailadmin_choose_page_child", args=[content["home"].id]),
        reverse("wagtailadmin_pages:usage", args=[french.id]),
        reverse("wagtailadmin_pages:type_use", args=["home", "standardpage"]),
        reverse("wagtailadmin_api:pages:listing") + "?fields=title",
        reverse("wagtailadmin_home"),
    ]
    client.force_login(users[TRANSLATORS_EN])
    leaks = [url for url in urls if FRENCH_DRAFT in client.get(url).content.decode()]
    assert not leaks
    # Not vacuous: an editor sees it in the history.
    client.force_login(users[EDITORS])
    assert (
        FRENCH_DRAFT in client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    )


@pytest.mark.django_db
def test_the_admin_page_api_shows_no_french_draft_to_english_translators(client, users, content):
    url = reverse("wagtailadmin_api:pages:detail", args=[content["english"].id])
    client.force_login(users[TRANSLATORS_EN])
    response = client.get(url)
    assert response.status_code == 200
    assert response.json()["meta"]["translations"] == []
    assert FRENCH_DRAFT not in response.content.decode()
    # Not vacuous: those who may explore the French page read its draft title there.
    client.force_login(users[MODERATORS])
    assert FRENCH_DRAFT in client.get(url).content.decode()
