from django.db import migrations


def sync_english_from_french(apps, schema_editor):
    """Every French page gets an English counterpart to translate (an alias until it is)."""
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    LocaleSynchronization.objects.get_or_create(
        locale=Locale.objects.get(language_code="en"),
        defaults={"sync_from": Locale.objects.get(language_code="fr")},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_contact_page"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(sync_english_from_french, migrations.RunPython.noop)]
