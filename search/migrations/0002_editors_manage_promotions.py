"""Editors and Moderators manage the promoted search results (Settings → Promoted search
results): they know which page answers which question."""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailsearchpromotions", model="searchpromotion"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_searchpromotion",
            defaults={"name": f"Can {action} search promotion"},
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_text_search_configurations"),
        ("translations", "0001_editorial_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    # Going back leaves the groups' rights as they are: someone may have changed them since.
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
