from django.db import migrations

from publishing.moderation import set_up_moderation


def set_up(apps, schema_editor):
    set_up_moderation(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0083_workflowcontenttype"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("home", "0006_navigation_snippets"),
        ("translations", "0001_editorial_groups"),
    ]

    # Going back leaves the workflow in place: pages may be in moderation.
    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
