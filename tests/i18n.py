"""What the French interface says: the admin and French pages speak the site's language."""

from django.utils.translation import gettext, override


def in_french(message):
    """`message` as the French catalogues translate it (a lazy string, when made a str)."""
    with override("fr"):
        return gettext(str(message))
