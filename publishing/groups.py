"""Who may do what, and where: the editorial groups and their rights on each language's tree.

Editors write the French source and submit it for moderation; Moderators publish in both
languages; each language's translators edit the translations of their own tree and nothing
else. Only Editors and Moderators may submit pages for translation: wagtail-localize's
"Can submit translations" lets its holder read any source page, drafts included, whatever
their page permissions.

Page permissions in Wagtail belong to a page and cover its descendants, so each group's
rights are attached to its language's home page. Those homes do not exist when the
migration runs (the French home comes from the editors or the demo loader, the English one
from the first translation), so the migration (translations/migrations/0001_editorial_groups.py)
creates the groups and their model permissions and grants the tree permissions of the homes
that exist; a signal (signals.py) grants them to each home created later.
"""

from django.apps import apps as global_apps

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS_EN = "Translators (English)"
TRANSLATORS_FR = "Translators (French)"
GROUPS = [EDITORS, MODERATORS, TRANSLATORS_EN, TRANSLATORS_FR]

# Page actions (wagtailcore "<action>_page" permissions) per language tree and group.
# Translators get "change" only: they edit and save translations, never publish; with no
# "add" they cannot create pages. French translators get nothing on the French tree: every
# French page is a source page, and "change" there would let them edit, delete or move the
# source. Their group is ready for English-source pages, should there ever be any; their
# French translations would then need rights of their own (not the whole French tree).
TREE_PERMISSIONS = {
    "fr": {
        EDITORS: ["add", "change"],
        MODERATORS: ["add", "change", "publish", "lock", "unlock"],
    },
    "en": {
        MODERATORS: ["add", "change", "publish", "lock", "unlock"],
        TRANSLATORS_EN: ["change"],
    },
}

# The languages each translator group translates into: those of the trees it has rights on. Its
# rights on the main menu and the footer, which have one copy per language, cover those
# languages' copies only (translations/permissions.py).
TRANSLATED_LANGUAGES = {
    group_name: {language for language, groups in TREE_PERMISSIONS.items() if group_name in groups}
    for group_name in (TRANSLATORS_EN, TRANSLATORS_FR)
}


def page_permission(apps, action):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="page"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_page",
        defaults={"name": f"Can {action} page"},
    )
    return permission


def grant_tree_permissions(home, *, apps=global_apps):
    """Attach each group's page permissions for `home`'s language to `home` (a depth-2 page).

    Idempotent; groups that do not exist yet are skipped (the migration that creates them
    grants their permissions on the homes that exist then). `apps` lets the migration pass
    its historical models.
    """
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Locale = apps.get_model("wagtailcore", "Locale")

    language = Locale.objects.get(pk=home.locale_id).language_code
    for group_name, actions in TREE_PERMISSIONS.get(language, {}).items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=home.pk, permission=page_permission(apps, action)
            )


def grant_all_tree_permissions(*, apps=global_apps):
    """Grant the tree permissions on every language home that exists (depth 2)."""
    Page = apps.get_model("wagtailcore", "Page")
    for home in Page.objects.filter(depth=2):
        grant_tree_permissions(home, apps=apps)


def translated_languages(user):
    """The languages `user` translates into, from their translator groups."""
    names = user.groups.filter(name__in=TRANSLATED_LANGUAGES).values_list("name", flat=True)
    return set().union(*(TRANSLATED_LANGUAGES[name] for name in names))
