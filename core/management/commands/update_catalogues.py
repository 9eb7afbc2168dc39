import contextlib
import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

LANGUAGES = ["fr", "en"]
# Interface strings are ours: the virtual environment, data and tests are not scanned.
IGNORE = [".venv/*", "var/*", "static_collected/*", "tests/*"]


def extract():
    """Run makemessages: it merges the strings of the code into the catalogues of locale/."""
    # makemessages scans the current directory: the project's, wherever this was started.
    with contextlib.chdir(settings.BASE_DIR):
        call_command(
            "makemessages", locale=LANGUAGES, ignore_patterns=IGNORE, no_location=True, verbosity=0
        )


def entries(po_path):
    return {(entry.msgctxt, entry.msgid): entry.msgstr for entry in polib.pofile(str(po_path))}


def problems(committed_dir, current_dir):
    """What is wrong with the committed catalogues, given a fresh extraction in `current_dir`."""
    found = []
    for language in LANGUAGES:
        path = Path(committed_dir) / language / "LC_MESSAGES" / "django.po"
        current = Path(current_dir) / language / "LC_MESSAGES" / "django.po"
        if entries(path).keys() != entries(current).keys():
            added = entries(current).keys() - entries(path).keys()
            removed = entries(path).keys() - entries(current).keys()
            found.append(
                f"{language}: out of date (new: {sorted(added)}, gone: {sorted(removed)})"
            )
        catalogue = polib.pofile(str(path))
        for entry in catalogue.untranslated_entries():
            found.append(f"{language}: untranslated: {entry.msgid!r}")
        for entry in catalogue.fuzzy_entries():
            found.append(f"{language}: fuzzy: {entry.msgid!r}")
        for entry in catalogue.obsolete_entries():
            found.append(f"{language}: obsolete: {entry.msgid!r}")
    return found


class Command(BaseCommand):
    help = (
        "Update the gettext catalogues in locale/ from the code and templates; with --check, "
        "change nothing and fail when they are out of date, untranslated or fuzzy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true")

    def handle(self, *args, check=False, **options):
        if not check:
            extract()
            return
        # makemessages writes where the code is, into locale/: keep the committed catalogues
        # aside, extract, compare, and put them back as they were.
        locale_dir = Path(settings.LOCALE_PATHS[0])
        with tempfile.TemporaryDirectory() as scratch:
            committed = Path(scratch) / "locale"
            shutil.copytree(locale_dir, committed)
            try:
                extract()
                found = problems(committed, locale_dir)
            finally:
                shutil.copytree(committed, locale_dir, dirs_exist_ok=True)
        if found:
            raise CommandError("Catalogues need work (make messages):\n" + "\n".join(found))
        self.stdout.write("Catalogues are complete and up to date.")
