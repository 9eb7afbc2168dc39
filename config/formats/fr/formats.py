"""Dates as French writes them: "mardi 1 décembre 2026, 14 h 00" (Django's own French has
no weekday and "14:00"). Every other format is Django's French."""

DATE_FORMAT = "l j F Y"
TIME_FORMAT = r"H \h i"
DATETIME_FORMAT = r"l j F Y, H \h i"
