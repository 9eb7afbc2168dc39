"""The interface-string catalogues: complete in both languages and in step with the code."""

import polib
import pytest
from django.core.management import call_command

from core.management.commands.update_catalogues import problems


def write_catalogue(directory, language, entries):
    path = directory / language / "LC_MESSAGES"
    path.mkdir(parents=True)
    catalogue = polib.POFile()
    for entry in entries:
        catalogue.append(entry)
    catalogue.save(str(path / "django.po"))


def test_committed_catalogues_are_complete_and_current(capsys):
    call_command("update_catalogues", check=True)
    assert "complete and up to date" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("committed", "expected"),
    [
        (polib.POEntry(msgid="Search", msgstr=""), "untranslated: 'Search'"),
        (polib.POEntry(msgid="Search", msgstr="Rechercher", flags=["fuzzy"]), "fuzzy: 'Search'"),
        (polib.POEntry(msgid="Old", msgstr="Vieux"), "out of date"),
    ],
)
def test_the_check_names_what_needs_work(tmp_path, committed, expected):
    current = polib.POEntry(msgid="Search", msgstr="Rechercher")
    for language in ("fr", "en"):
        write_catalogue(tmp_path / "committed", language, [committed])
        write_catalogue(tmp_path / "current", language, [current])
    found = problems(tmp_path / "committed", tmp_path / "current")
    assert any(expected in problem for problem in found), found


def test_a_complete_catalogue_has_no_problem(tmp_path):
    entry = polib.POEntry(msgid="Search", msgstr="Rechercher")
    for language in ("fr", "en"):
        write_catalogue(tmp_path / "committed", language, [entry])
        write_catalogue(tmp_path / "current", language, [entry])
    assert problems(tmp_path / "committed", tmp_path / "current") == []
