from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

# The translation memory finds the most similar French string by trigram (translations/memory.py):
# a GiST index on wagtail-localize's string table serves both the similarity threshold (%) and
# the nearest-first order (<->), so the look-up stops at the first match instead of ranking
# every candidate (GIN serves % only; measured slower as the strings grow). PostgreSQL only: on
# SQLite (the development database) the memory offers exact matches alone.
INDEX = "translations_string_data_trigram"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtail_localize_string "
            "USING gist (data gist_trgm_ops)"
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
