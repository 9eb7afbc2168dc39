from django.db import migrations

from publishing.moderation import grant_model_permissions


def grant(apps, schema_editor):
    grant_model_permissions(apps=apps)


class Migration(migrations.Migration):
    """Editors and Moderators tune the site settings and read the contact form's messages."""

    dependencies = [
        ("publishing", "0002_translators_translate_menu_and_footer"),
        ("home", "0008_seo_fields_and_site_settings"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    # Going back leaves the rights in place, as the earlier migrations do.
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
