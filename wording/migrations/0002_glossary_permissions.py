from django.db import migrations

from publishing.groups import EDITORS, MODERATORS, TRANSLATORS_EN

# Moderators and the English translators keep the glossary; Editors read it, to write the
# French names as the glossary spells them.
GLOSSARY_ACTIONS = {
    MODERATORS: ["add", "change", "delete", "view"],
    TRANSLATORS_EN: ["add", "change", "delete", "view"],
    EDITORS: ["view"],
}


def grant_glossary_permissions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Django makes a model's permissions after the migrations (post_migrate): made here first.
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wording", model="glossaryterm"
    )
    for group_name, actions in GLOSSARY_ACTIONS.items():
        group = Group.objects.get(name=group_name)
        for action in actions:
            group.permissions.add(
                Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_glossaryterm",
                    defaults={"name": f"Can {action} glossary term"},
                )[0]
            )


class Migration(migrations.Migration):
    dependencies = [("wording", "0001_initial"), ("translations", "0001_editorial_groups")]

    operations = [migrations.RunPython(grant_glossary_permissions, migrations.RunPython.noop)]
