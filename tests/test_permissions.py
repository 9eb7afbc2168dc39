"""Who can do what, and where: the editorial groups, through the real admin views."""

import importlib
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core import generations
from home.models import Footer, MainMenu, SiteSettings
from publishing.groups import grant_tree_permissions
from tests.content import CONTACT_IN_ENGLISH, NAVIGATION_LINKS, PAGE_IN_ENGLISH, live_navigation
from tests.factories import ContactPageFactory, HomePageFactory, StandardPageFactory
from translations import signals
from translations.translating import translate

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS_EN = "Translators (English)"
TRANSLATORS_FR = "Translators (French)"

SECRET = "Résultats confidentiels de l’essai 4711"


@pytest.fixture
def pages(home, english_home, locales):
    """A live French page with an unpublished draft, and its English translation, a draft."""
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH, publish=False)
    french.title = "Méthodes (brouillon)"
    french.save_revision()
    return {"french": french, "english": english.specific}


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    )


# The actions of the matrix. Each makes the request a user of the admin would make and
# returns whether it was done (`commit` runs what waits for the request's commit). A refusal
# is a 403, a redirect (Wagtail sends users without permission to the dashboard) or a 404,
# never an error.
REFUSED = {302, 403, 404}


def view_french_draft(client, pages, _commit):
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[pages["french"].id]))
    if response.status_code in REFUSED:
        return False
    assert response.status_code == 200
    assert "Méthodes (brouillon)" in response.content.decode()
    return True


def edit_french_page(client, pages, _commit):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[pages["french"].id]))
    if response.status_code in REFUSED:
        return False
    assert response.status_code == 200
    return True


def publish_french_page(client, pages, _commit):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={pages['french'].id}", {"include_descendants": False})
    assert response.status_code in {200, 302}
    return Page.objects.get(id=pages["french"].id).title == "Méthodes (brouillon)"


def edit_english_translation(client, pages, _commit):
    translation = translation_of(pages["english"])
    segment = StringSegment.objects.get(source=translation.source, string__data="Méthodes")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(
        url,
        urlencode({"value": "Our methods"}),
        content_type="application/x-www-form-urlencoded",
    )
    if response.status_code in REFUSED:
        return False
    assert response.status_code in {200, 201}
    return StringTranslation.objects.filter(
        translation_of=segment.string, locale=translation.target_locale, data="Our methods"
    ).exists()


def publish_english_translation(client, pages, commit):
    english = pages["english"]
    # wagtail-localize publishes a translation when the request's transaction commits.
    with commit(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[english.id]), {"action": "publish"}
        )
    assert response.status_code in REFUSED
    return Page.objects.get(id=english.id).live


def submit_translation(client, pages, _commit):
    url = reverse("wagtail_localize:submit_page_translation", args=[pages["french"].id])
    response = client.get(url)
    if response.status_code in REFUSED:
        return False
    assert response.status_code == 200
    return True


ACTIONS = [
    view_french_draft,
    edit_french_page,
    publish_french_page,
    edit_english_translation,
    publish_english_translation,
    submit_translation,
]
# fmt: off
MATRIX = {
    #                view FR draft, edit FR, publish FR, edit EN tr., publish EN tr., submit tr.
    EDITORS:        [True,          True,    False,      False,       False,          True],
    MODERATORS:     [True,          True,    True,       True,        True,           True],
    TRANSLATORS_EN: [False,         False,   False,      True,        False,          False],
    TRANSLATORS_FR: [False,         False,   False,      False,       False,          False],
}
# fmt: on


def cases(matrix, actions):
    """One test case per group and action: the group, the action and whether it is allowed."""
    return [
        pytest.param(group_name, action, allowed, id=f"{group_name}-{action.__name__}")
        for group_name, row in matrix.items()
        for action, allowed in zip(actions, row, strict=True)
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group_name", "action", "allowed"),
    cases(MATRIX, ACTIONS),
)
def test_permission_matrix(
    client, user_in, pages, group_name, action, allowed, django_capture_on_commit_callbacks
):
    client.force_login(user_in(group_name))
    assert action(client, pages, django_capture_on_commit_callbacks) is allowed


@pytest.mark.django_db
def test_translator_cannot_read_a_french_draft_through_any_translation_view(
    client, user_in, pages, home
):
    """'Can submit translations' reads any source, drafts included: translators lack it, and
    every translation view they can reach shows only what was submitted for translation."""
    french, english = pages["french"], pages["english"]
    translation = translation_of(english)
    # A new draft of the translated page, and a page never published nor sent to translation.
    french.introduction = SECRET
    french.save_revision()
    unpublished = StandardPageFactory(parent=home, live=False, introduction=SECRET)
    unpublished.save_revision()

    client.force_login(user_in(TRANSLATORS_EN))
    localize = "wagtail_localize:"
    requests = [
        ("get", reverse(localize + "submit_page_translation", args=[french.id]), REFUSED),
        ("post", reverse(localize + "submit_page_translation", args=[french.id]), REFUSED),
        ("get", reverse(localize + "submit_page_translation", args=[unpublished.id]), REFUSED),
        ("post", reverse(localize + "submit_page_translation", args=[unpublished.id]), REFUSED),
        ("get", reverse(localize + "update_translations", args=[translation.source_id]), REFUSED),
        ("post", reverse(localize + "update_translations", args=[translation.source_id]), REFUSED),
        ("get", reverse("wagtailadmin_pages:view_draft", args=[french.id]), REFUSED),
        ("get", reverse("wagtailadmin_pages:view_draft", args=[unpublished.id]), REFUSED),
        ("get", reverse("wagtailadmin_pages:edit", args=[french.id]), REFUSED),
        ("get", reverse("wagtailadmin_pages:edit", args=[unpublished.id]), REFUSED),
        # What the translator may open shows the source as it was sent to translation.
        ("get", reverse("wagtailadmin_pages:edit", args=[english.id]), {200}),
        ("get", reverse(localize + "download_pofile", args=[translation.id]), {200}),
        ("get", reverse(localize + "preview_translation", args=[translation.id]), {200}),
        # Converting is for Moderators; wagtail-localize's report leads to the site's.
        ("get", reverse(localize + "convert_to_alias", args=[english.id]), REFUSED),
        ("get", reverse(localize + "translations_report"), {302}),
        ("get", reverse(localize + "translations_report_results"), {302}),
    ]
    for method, url, expected in requests:
        response = getattr(client, method)(url)
        assert response.status_code in expected, (method, url, response.status_code)
        assert SECRET not in response.content.decode(), (method, url)
    # What was refused changed nothing: no translation of the unpublished page was started.
    assert not Translation.objects.filter(source__object_id=unpublished.translation_key).exists()
    # The check is not vacuous: an editor, who may submit translations, reads the draft.
    client.force_login(user_in(EDITORS))
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[unpublished.id]))
    assert SECRET in response.content.decode()


# Page permissions each group holds on each language's home, and so on its whole tree.
# Translators (French) hold none: every French page is a source page, which translators never
# edit (their group exists for English-source pages, should there ever be any).
TREE_PERMISSIONS = {
    "fr": {
        (EDITORS, "add_page"),
        (EDITORS, "change_page"),
        (MODERATORS, "add_page"),
        (MODERATORS, "change_page"),
        (MODERATORS, "publish_page"),
        (MODERATORS, "lock_page"),
        (MODERATORS, "unlock_page"),
    },
    "en": {
        (MODERATORS, "add_page"),
        (MODERATORS, "change_page"),
        (MODERATORS, "publish_page"),
        (MODERATORS, "lock_page"),
        (MODERATORS, "unlock_page"),
        (TRANSLATORS_EN, "change_page"),
    },
}


def permissions_on(page):
    return set(
        GroupPagePermission.objects.filter(page=page).values_list(
            "group__name", "permission__codename"
        )
    )


@pytest.mark.django_db
def test_homes_created_after_the_groups_get_their_tree_permissions(home, english_home):
    assert permissions_on(home) == TREE_PERMISSIONS["fr"]
    assert permissions_on(english_home) == TREE_PERMISSIONS["en"]
    # Nobody holds rights on the root, which would cover both languages.
    assert not GroupPagePermission.objects.filter(page__depth=1).exists()


@pytest.mark.django_db
def test_homes_created_before_the_groups_get_their_tree_permissions(root_page, locales):
    """A site whose homes exist when the migration runs (an existing database)."""
    Group.objects.filter(name__in=MATRIX).delete()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root_page, locale=locales["fr"])
    english_home = HomePageFactory(parent=root_page, locale=locales["en"], slug="home")
    assert not GroupPagePermission.objects.exists()

    migration = importlib.import_module("translations.migrations.0001_editorial_groups")
    migration.create_groups(apps, schema_editor=None)
    assert permissions_on(home) == TREE_PERMISSIONS["fr"]
    assert permissions_on(english_home) == TREE_PERMISSIONS["en"]

    # Running it again (or granting again) changes nothing.
    migration.create_groups(apps, schema_editor=None)

    grant_tree_permissions(home)
    assert permissions_on(home) == TREE_PERMISSIONS["fr"]
    assert permissions_on(english_home) == TREE_PERMISSIONS["en"]


@pytest.mark.django_db
def test_only_editors_and_moderators_may_submit_translations():
    submit = Permission.objects.get(codename="submit_translation")
    access_admin = Permission.objects.get(codename="access_admin")
    assert set(submit.group_set.values_list("name", flat=True)) == {EDITORS, MODERATORS}
    assert set(MATRIX) <= set(access_admin.group_set.values_list("name", flat=True))


@pytest.mark.django_db
def test_editors_and_moderators_may_add_the_sites_images():
    """The site's image model is home.SiteImage: Wagtail's default image rights miss it."""
    codenames = {"add_siteimage", "change_siteimage", "choose_image"}
    for name in (EDITORS, MODERATORS):
        held = Group.objects.get(name=name).collection_permissions.filter(
            permission__content_type__app_label="home", collection__depth=1
        )
        assert set(held.values_list("permission__codename", flat=True)) == codenames


@pytest.mark.django_db
def test_translator_cannot_read_a_french_draft_through_its_english_alias(
    client, user_in, home, english_home, locales
):
    # A French page gets its English alias when it is first published, not before.
    page = StandardPageFactory(parent=home, live=False, introduction="Texte publié.")
    page.save_revision()
    assert not Page.objects.filter(alias_of=page).exists()
    page.get_latest_revision().publish()
    alias = Page.objects.get(alias_of=page)

    # A later French draft stays with the French tree: the alias mirrors what is published.
    page.introduction = SECRET
    page.save_revision()
    client.force_login(user_in(TRANSLATORS_EN))
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[alias.id]))
    assert SECRET not in response.content.decode()
    assert "Texte publié." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group", "can_add"), [(EDITORS, True), (MODERATORS, True), (TRANSLATORS_EN, False)]
)
def test_everyone_chooses_images_and_only_editors_add_them(user_in, group, can_add):
    # Translators choose images too: a translation may override an image of the source.
    user = user_in(group)
    image_policy = policy_registry.get_by_type(get_image_model())
    assert image_policy.user_has_permission(user, "choose")
    assert image_policy.user_has_permission(user, "add") is can_add


# The main menu and the footer: one copy per language, each a snippet. The French copy is the
# source; the English one is its wagtail-localize translation.


@pytest.fixture(params=[MainMenu, Footer], ids=["menu", "footer"])
def snippets(request, home, english_home, locales):
    """A live French menu (or footer) and its live English translation."""
    model = request.param
    links = NAVIGATION_LINKS[model]
    french = live_navigation(model, locales["fr"], name="Navigation")
    english = translate(
        french, locales["en"], {"Navigation": "Navigation", "Université": "University"}
    )
    return {"model": model, "links": links, "french": french, "english": english}


def snippet_url(snippets, view, copy=None, *args):
    """The address of one of the admin's views of the menu or footer, on `copy` if given."""
    name = f"wagtailsnippets_home_{snippets['model']._meta.model_name}:{view}"
    return reverse(name, args=[snippets[copy].pk, *args] if copy else [])


def snippet_form(snippets, name):
    """What the admin's edit form posts: the copy's fields and its link unchanged, a new name."""
    link = getattr(snippets["french"], snippets["links"]).get()
    item = {"id": link.id, "page": "", "url": link.url, "label": link.label}
    fields = {"name": name, snippets["links"]: inline_formset([item], initial=1)}
    if snippets["model"] is Footer:
        fields.update(description="", legal_line="")
    return nested_form_data(fields)


def latest(snippet):
    return type(snippet).objects.get(pk=snippet.pk).get_latest_revision_as_object()


def opened(client, url):
    """Whether the view answers with its page (or refuses, as Wagtail does)."""
    status = client.get(url).status_code
    assert status in REFUSED | {200}
    return status == 200


def edit_french_copy(client, snippets, _commit):
    url = snippet_url(snippets, "edit", "french")
    may_open = opened(client, url)
    client.post(url, snippet_form(snippets, "Navigation modifiée"))
    saved = latest(snippets["french"]).name == "Navigation modifiée"
    assert may_open is saved
    return saved


def delete_french_copy(client, snippets, _commit):
    url = snippet_url(snippets, "delete", "french")
    may_open = opened(client, url)
    client.post(url)
    deleted = not snippets["model"].objects.filter(pk=snippets["french"].pk).exists()
    assert may_open is deleted
    return deleted


def add_a_copy(client, snippets, _commit):
    url = f"{snippet_url(snippets, 'add')}?locale=fr"
    may_open = opened(client, url)
    before = snippets["model"].objects.count()
    form = snippet_form(snippets, "Une autre navigation")
    form.update({key: "" for key in form if key.endswith("-id")})
    client.post(url, form)
    added = snippets["model"].objects.count() > before
    assert may_open is added
    return added


def translate_english_copy(client, snippets, _commit):
    english = snippets["english"]
    translation = translation_of(english)
    segment = StringSegment.objects.get(source=translation.source, string__data="Université")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    may_open = opened(client, snippet_url(snippets, "edit", "english"))
    client.put(
        url,
        urlencode({"value": "Our university"}),
        content_type="application/x-www-form-urlencoded",
    )
    saved = StringTranslation.objects.filter(
        translation_of=segment.string, locale=english.locale, data="Our university"
    ).exists()
    assert may_open is saved
    return saved


def publish_english_copy(client, snippets, commit):
    english = snippets["english"]
    StringTranslation.objects.filter(
        translation_of__data="Université", locale=english.locale
    ).update(data="Our university")
    # wagtail-localize publishes a translation when the request's transaction commits.
    with commit(execute=True):
        client.post(snippet_url(snippets, "edit", "english"), {"action": "publish"})
    link = getattr(type(english).objects.get(pk=english.pk), snippets["links"]).get()
    return link.label == "Our university"


SNIPPET_ACTIONS = [
    edit_french_copy,
    delete_french_copy,
    add_a_copy,
    translate_english_copy,
    publish_english_copy,
]
# fmt: off
SNIPPET_MATRIX = {
    #                edit FR, delete FR, add,   translate EN, publish EN
    EDITORS:        [True,    False,     False, True,         False],
    MODERATORS:     [True,    False,     False, True,         True],
    TRANSLATORS_EN: [False,   False,     False, True,         False],
    TRANSLATORS_FR: [False,   False,     False, False,        False],
}
# fmt: on


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group_name", "action", "allowed"),
    cases(SNIPPET_MATRIX, SNIPPET_ACTIONS),
)
def test_menu_and_footer_permission_matrix(
    client, user_in, snippets, group_name, action, allowed, django_capture_on_commit_callbacks
):
    client.force_login(user_in(group_name))
    assert action(client, snippets, django_capture_on_commit_callbacks) is allowed


@pytest.mark.django_db
def test_translators_cannot_read_the_french_copys_drafts(client, user_in, snippets):
    french = snippets["french"]
    french.name = SECRET
    draft = french.save_revision()
    urls = [
        snippet_url(snippets, "edit", "french"),
        snippet_url(snippets, "revisions_view", "french", draft.id),
        snippet_url(snippets, "revisions_revert", "french", draft.id),
        snippet_url(snippets, "revisions_compare", "french", "live", "latest"),
        snippet_url(snippets, "preview_on_edit", "french"),
    ]
    client.force_login(user_in(TRANSLATORS_EN))
    for url in urls:
        response = client.get(url)
        assert response.status_code in REFUSED, (url, response.status_code)
        assert SECRET not in response.content.decode(), url
    # Not vacuous: an editor reads the draft.
    client.force_login(user_in(EDITORS))
    for url in urls[:4]:
        assert SECRET in client.get(url).content.decode(), url


@pytest.mark.django_db
def test_translators_are_offered_only_their_own_copy_to_edit(client, user_in, snippets):
    for group_name, editable in ((TRANSLATORS_EN, {"english"}), (EDITORS, {"english", "french"})):
        client.force_login(user_in(group_name))
        for copy in ("english", "french"):
            language = snippets[copy].locale.language_code
            listing = client.get(f"{snippet_url(snippets, 'list')}?locale={language}")
            assert listing.status_code == 200
            offered = snippet_url(snippets, "edit", copy) in listing.content.decode()
            assert offered is (copy in editable), (group_name, copy)


@pytest.mark.django_db
def test_a_translator_who_also_moderates_changes_every_copy(user_in, snippets):
    """Only rights held through translator groups are limited to their language."""
    policy = policy_registry.get_by_type(snippets["model"])
    english, french = snippets["english"], snippets["french"]
    translator = user_in(TRANSLATORS_EN)
    assert policy.user_has_permission_for_instance(translator, "change", english)
    assert not policy.user_has_permission_for_instance(translator, "change", french)
    assert list(policy.instances_user_has_permission_for(translator, "change")) == [english]
    assert translator in policy.users_with_permission_for_instance("change", english)
    assert translator not in policy.users_with_permission_for_instance("change", french)

    translator.groups.add(Group.objects.get(name=MODERATORS))
    translator = type(translator).objects.get(pk=translator.pk)  # without cached permissions
    assert policy.user_has_permission_for_instance(translator, "change", french)
    assert set(policy.instances_user_has_permission_for(translator, "change")) == {english, french}
    assert translator in policy.users_with_permission_for_instance("change", french)


# Rights of each group on the menu and footer models, in every language: the permission policy
# limits the translators' to their own language's copy.
SNIPPET_RIGHTS = {
    EDITORS: {"change_mainmenu", "change_footer"},
    MODERATORS: {"change_mainmenu", "publish_mainmenu", "change_footer", "publish_footer"},
    TRANSLATORS_EN: {"change_mainmenu", "change_footer"},
    TRANSLATORS_FR: set(),
}


def snippet_rights():
    return {
        name: set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__model__in=["mainmenu", "footer"])
            .values_list("codename", flat=True)
        )
        for name in SNIPPET_RIGHTS
    }


@pytest.mark.django_db
def test_translators_get_their_rights_on_the_menu_and_footer_once():
    """On a database migrated before translators had them, and again without harm."""
    assert snippet_rights() == SNIPPET_RIGHTS
    granted = Permission.objects.filter(codename__in=SNIPPET_RIGHTS[TRANSLATORS_EN])
    Group.objects.get(name=TRANSLATORS_EN).permissions.remove(*granted)
    assert not snippet_rights()[TRANSLATORS_EN]

    migration = importlib.import_module(
        "publishing.migrations.0002_translators_translate_menu_and_footer"
    )
    migration.grant(apps, schema_editor=None)
    migration.grant(apps, schema_editor=None)
    assert snippet_rights() == SNIPPET_RIGHTS


# Deleting, moving and copying pages reshape the tree: they need the right to add pages there.
# Translators, who may only change their language's pages, do none of them (issue 12, finding 5).


def delete_page(client, page):
    client.post(reverse("wagtailadmin_pages:delete", args=[page.id]))
    return not Page.objects.filter(id=page.id).exists()


def bulk_delete_page(client, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    client.post(f"{url}?id={page.id}")
    return not Page.objects.filter(id=page.id).exists()


def move_page(client, page):
    return client.get(reverse("wagtailadmin_pages:move", args=[page.id])).status_code == 200


def copy_page(client, page):
    return client.get(reverse("wagtailadmin_pages:copy", args=[page.id])).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("action", [delete_page, bulk_delete_page, move_page, copy_page])
def test_translators_cannot_delete_move_or_copy_a_translation(client, user_in, pages, action):
    english = pages["english"]
    assert not english.live  # Wagtail lets those who change a page delete it while offline
    client.force_login(user_in(TRANSLATORS_EN))
    assert action(client, english) is False
    # Not vacuous: a moderator, who may add pages in the English tree, may.
    client.force_login(user_in(MODERATORS))
    assert action(client, english) is True


@pytest.mark.django_db
def test_translators_are_offered_no_delete_move_or_copy(client, user_in, pages, english_home):
    english = pages["english"]
    client.force_login(user_in(TRANSLATORS_EN))
    addresses = [
        reverse(f"wagtailadmin_pages:{view}", args=[english.id]) for view in ("delete", "copy")
    ] + [reverse("wagtailadmin_pages:move", args=[english.id])]
    for screen in (
        reverse("wagtailadmin_explore", args=[english_home.id]),  # the listing's "More" menu
        reverse("wagtailadmin_explore", args=[english.id]),  # the page's header menu
    ):
        content = client.get(screen).content.decode()
        for address in addresses:
            assert address not in content, (screen, address)
    # The translation editor shows "Delete" as its main button when it may.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.id])).content.decode()
    assert "&quot;canDelete&quot;: false" in editor


@pytest.mark.django_db
def test_a_translators_explorer_asks_no_more_queries_for_more_translations(
    client, user_in, home, english_home, locales
):
    """Wagtail asks, for each page a translator may change but not publish, whether it has
    live descendants (to offer "Delete"); the site's rule refuses first, with no query."""
    client.force_login(user_in(TRANSLATORS_EN))

    def queries_with(count):
        for _ in range(count):
            page = StandardPageFactory(parent=home)
            english = {page.title: f"{page.title} (en)", page.slug: f"{page.slug}-en"}
            translate(
                page, locales["en"], {**english, "Une page du site.": "A page."}, publish=False
            )
        url = reverse("wagtailadmin_explore", args=[english_home.id])
        client.get(url)  # warms what is kept once per process
        with CaptureQueriesContext(connection) as listing:
            assert client.get(url).status_code == 200
        return len(listing)

    with_five = queries_with(5)
    assert queries_with(15) == with_five  # 20 pages listed


# Making a page live, or taking it offline, is the Moderators' alone, through every route
# (issue 12, findings 4 and 8).


@pytest.fixture
def live_translation(home, english_home, locales):
    """A live French page and its live English translation."""
    french = StandardPageFactory(parent=home, title="Méthodes", slug="methodes")
    english = translate(french, locales["en"], PAGE_IN_ENGLISH).specific
    assert english.live
    return {"french": french, "english": english}


def convert_to_alias(client, page):
    url = reverse("wagtail_localize:convert_to_alias", args=[page.id])
    client.post(url)
    return Page.objects.filter(id=page.id, alias_of__isnull=False).exists()


@pytest.mark.django_db
def test_translators_cannot_convert_a_live_translation_into_an_alias(
    client, user_in, live_translation
):
    english = live_translation["english"]
    client.force_login(user_in(TRANSLATORS_EN))
    assert (
        client.get(reverse("wagtail_localize:convert_to_alias", args=[english.id])).status_code
        in REFUSED
    )
    assert convert_to_alias(client, english) is False
    assert Page.objects.get(id=english.id).live
    # The translation editor offers it only to those who may do it.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.id])).content.decode()
    assert "&quot;convertToAliasUrl&quot;: null" in editor
    client.force_login(user_in(MODERATORS))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.id])).content.decode()
    assert "convert_to_alias" in editor


@pytest.mark.django_db
def test_a_conversion_purges_the_page_cache_and_the_cdn(
    client, user_in, live_translation, monkeypatch, django_capture_on_commit_callbacks
):
    english = live_translation["english"]
    purged = []
    monkeypatch.setattr(signals, "purge_page_from_cdn", lambda page: purged.append(page.id))
    before = generations.generation()
    client.force_login(user_in(MODERATORS))
    with django_capture_on_commit_callbacks(execute=True):
        assert convert_to_alias(client, english) is True
    assert generations.generation() != before
    assert purged == [english.id]


def sync_and_publish(client, source_page):
    source = TranslationSource.objects.get_for_instance(source_page)
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    return client.post(url, {"publish_translations": "on"})


@pytest.mark.django_db
@pytest.mark.parametrize(("group_name", "published"), [(EDITORS, False), (MODERATORS, True)])
def test_only_moderators_publish_translations_when_syncing(
    client, user_in, live_translation, group_name, published, django_capture_on_commit_callbacks
):
    french, english = live_translation["french"], live_translation["english"]
    french.introduction = "Une introduction nouvelle."
    french.save_revision().publish()
    client.force_login(user_in(group_name))
    with django_capture_on_commit_callbacks(execute=True):
        response = sync_and_publish(client, french)
    assert response.status_code in {200, 302}
    live = Page.objects.get(id=english.id).specific
    assert (live.introduction == "Une introduction nouvelle.") is published


@pytest.mark.django_db
@pytest.mark.parametrize(("group_name", "stopped"), [(TRANSLATORS_EN, False), (EDITORS, True)])
def test_only_those_who_submit_translations_stop_the_menus(
    client, user_in, snippets, group_name, stopped
):
    translation = translation_of(snippets["english"])
    client.force_login(user_in(group_name))
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.id]))
    translation.refresh_from_db()
    assert translation.enabled is not stopped


# Contact-form messages are personal data: the communications team (Editors and Moderators)
# reads and deletes them, in every language; translators read none (issue 12, finding 6).


@pytest.fixture
def contact_messages(home, english_home, locales):
    french = ContactPageFactory(parent=home)
    english = translate(french, locales["en"], CONTACT_IN_ENGLISH).specific
    for page in (french, english):
        FormSubmission.objects.create(
            page=page, form_data={"nom": "Marie Curie", "message": f"{SECRET} ({page.id})"}
        )
    return {"french": french, "english": english}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group_name", "reads"),
    [(EDITORS, True), (MODERATORS, True), (TRANSLATORS_EN, False), (TRANSLATORS_FR, False)],
)
def test_only_the_communications_team_reads_contact_messages(
    client, user_in, contact_messages, group_name, reads
):
    client.force_login(user_in(group_name))
    for page in contact_messages.values():
        listing = client.get(reverse("wagtailforms:list_submissions", args=[page.id]))
        assert (listing.status_code == 200) is reads, (page.locale, group_name)
        assert (f"{SECRET} ({page.id})" in listing.content.decode()) is reads
        export = client.get(
            reverse("wagtailforms:list_submissions", args=[page.id]) + "?export=csv"
        )
        exported = b"".join(export.streaming_content) if export.streaming else export.content
        assert (SECRET in exported.decode()) is reads
        deletion = client.get(reverse("wagtailforms:delete_submissions", args=[page.id]))
        assert (deletion.status_code == 200) is reads
    forms_index = client.get(reverse("wagtailforms:index")).content.decode()
    listed = reverse("wagtailforms:list_submissions", args=[contact_messages["english"].id])
    assert (listed in forms_index) is reads


# Settings → Site settings is the communications team's (issue 12, finding 9).


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group_name", "may"),
    [(EDITORS, True), (MODERATORS, True), (TRANSLATORS_EN, False), (TRANSLATORS_FR, False)],
)
def test_editors_and_moderators_tune_the_site_settings(client, user_in, home, group_name, may):
    contact = ContactPageFactory(parent=home)
    site = home.get_site()
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.id])
    client.force_login(user_in(group_name))
    assert (client.get(url).status_code == 200) is may
    form = {
        "social_links": streamfield([]),
        "default_social_image": "",
        "contact_page": contact.id,
    }
    client.post(url, nested_form_data(form))
    saved = SiteSettings.objects.filter(site=site, contact_page=contact).exists()
    assert saved is may
