"""PostgreSQL text search configurations for each language, with accents folded.

`french` alone stems "études" and "etudes" differently; running `unaccent` before the stemmer
makes them one word. English gets the same treatment for the French names it quotes. SQLite has
nothing to create: its full-text index ignores accents already.
"""

from django.db import migrations

# Configuration name: (built-in configuration it copies, that configuration's stemmer).
CONFIGS = {
    "site_french": ("french", "french_stem"),
    "site_english": ("english", "english_stem"),
}


def create_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # unaccent is a trusted extension: the database's owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, (source, stemmer) in CONFIGS.items():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}"
        )


def drop_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in CONFIGS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configs, drop_configs, elidable=False)]
