from django.db import migrations

from publishing.moderation import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("publishing", "0001_moderation_workflow")]

    # Going back leaves the rights in place, as the first migration does.
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
