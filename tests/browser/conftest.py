import importlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps

from publishing.moderation import set_up_moderation
from tests.browser.admin import admin_user


@pytest.fixture
def editorial_groups(home, english_home):
    """The groups and the moderation workflow as the migrations make them: transactional
    tests empty every table afterwards, so an earlier one may have removed what they made."""
    migration = importlib.import_module("translations.migrations.0001_editorial_groups")
    migration.create_groups(apps, schema_editor=None)
    set_up_moderation()


@pytest.fixture
def editorial_team(editorial_groups, django_user_model):
    """An Editor, a Moderator and an English translator, who sign in as "editor",
    "moderator" and "translator"."""
    for username, group in (
        ("editor", "Editors"),
        ("moderator", "Moderators"),
        ("translator", "Translators (English)"),
    ):
        admin_user(django_user_model, username, group)


# Playwright's own script, outside the page's policy: collects what the page's policy refused.
LISTEN_FOR_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""
# Minor axe findings are advice; anything from moderate up is a barrier for some visitors.
BARRIERS = {"moderate", "serious", "critical"}


@pytest.fixture
def violations(page):
    """Every Content-Security-Policy violation the page reports, as events and console
    messages."""
    found = []
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and found.append(message.text),
    )

    def collect():
        return found + page.evaluate("window.cspViolations")

    return collect


@pytest.fixture
def barriers(page):
    """axe-core's barriers on the page as it stands, with their first elements."""
    axe = Axe()

    def check():
        return [
            f"{page.url}: {violation['id']} ({violation['impact']}) "
            f"{[node['target'] for node in violation['nodes']][:3]}"
            for violation in axe.run(page).response["violations"]
            if violation["impact"] in BARRIERS
        ]

    return check
