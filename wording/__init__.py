"""wording: the French as translators check their English against it; it imports only publishing,
home, core and users.

The glossary (a French term and the English it is always translated by, and which translations
lack it) and the French's changes since a translation was made (`changes.py`). translations/
shows both in its report, its editor notices and its views.
"""
