from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

# The translation memory finds similar French strings by trigram (translations/memory.py):
# a GIN index on wagtail-localize's string table keeps that a look-up, not a scan. PostgreSQL
# only: on SQLite (the development database) the memory offers exact matches alone.
INDEX = "translations_string_data_trigram"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtail_localize_string "
            "USING gin (data gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_editorial_groups"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index),
    ]
