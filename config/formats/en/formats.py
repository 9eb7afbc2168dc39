"""Dates as the site's English writes them, British style: "Tuesday 1 December 2026, 2:00 pm"
(Django's own English is American: "Dec. 1, 2026, 2 p.m."). Every other format is Django's
English."""

from django.utils.translation import gettext_noop

DATE_FORMAT = "l j F Y"
TIME_FORMAT = "g:i a"
DATETIME_FORMAT = "l j F Y, g:i a"

# The "a" above is Django's "a.m." or "p.m.", looked up in the interface catalogues, where
# locale/en gives "am" and "pm"; named here so that the catalogues keep them.
MERIDIEMS = (gettext_noop("a.m."), gettext_noop("p.m."))
