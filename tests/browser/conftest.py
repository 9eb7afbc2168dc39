import importlib

import pytest
from django.apps import apps

from publishing.moderation import set_up_moderation


@pytest.fixture
def editorial_groups(home, english_home):
    """The groups and the moderation workflow as the migrations make them: transactional
    tests empty every table afterwards, so an earlier one may have removed what they made."""
    migration = importlib.import_module("translations.migrations.0001_editorial_groups")
    migration.create_groups(apps, schema_editor=None)
    set_up_moderation()
