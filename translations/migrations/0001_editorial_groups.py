from django.db import migrations

from publishing.groups import (
    EDITORS,
    GROUPS,
    MODERATORS,
    TRANSLATORS_EN,
    TRANSLATORS_FR,
    grant_all_tree_permissions,
)

# Model permissions per group, (app_label, model, codename, name).
ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
SUBMIT_TRANSLATION = (
    "wagtail_localize",
    "translation",
    "submit_translation",
    "Can submit translations",
)
# The site's image model is home.SiteImage: Wagtail's own image permissions do not apply to it.
ADD_IMAGE = ("home", "siteimage", "add_siteimage", "Can add image")
CHANGE_IMAGE = ("home", "siteimage", "change_siteimage", "Can change image")
CHOOSE_IMAGE = ("home", "siteimage", "choose_image", "Can choose image")


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}
    access_admin = permission(apps, *ACCESS_ADMIN)
    submit_translation = permission(apps, *SUBMIT_TRANSLATION)
    for group in groups.values():
        group.permissions.add(access_admin)
    # Submitting a translation reads the source whatever its state: never for translators.
    for name in (EDITORS, MODERATORS):
        groups[name].permissions.add(submit_translation)
    for name in (TRANSLATORS_EN, TRANSLATORS_FR):
        groups[name].permissions.remove(submit_translation)

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for name in (EDITORS, MODERATORS):
            for spec in (ADD_IMAGE, CHANGE_IMAGE):
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=root_collection, permission=permission(apps, *spec)
                )

        # Translators choose images too: a translation may override an image of the source.
        for group in groups.values():
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(apps, *CHOOSE_IMAGE)
            )

    # Wagtail's first migration gave Editors and Moderators their rights on the root page,
    # so over every language: they move to each language's home.
    GroupPagePermission.objects.filter(
        group__name__in=[EDITORS, MODERATORS], page__depth=1
    ).delete()
    grant_all_tree_permissions(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
        ("home", "0001_initial"),
    ]

    # Going back leaves the groups as they are: people may have been put in them.
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
