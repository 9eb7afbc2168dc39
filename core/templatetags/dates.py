"""Dates as visitors read them, in a `<time>` element that machines read too."""

import datetime

from django import template
from django.utils import formats, timezone
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def written_date(value, format_name=None):
    """`<time datetime="2026-12-01T14:00:00+01:00">mardi 1 décembre 2026, 14 h 00</time>`:
    a date, or a date and time in the site's time zone, written as the active language writes
    it (config/formats/). `format_name` chooses another of its formats, e.g. "TIME_FORMAT"
    for the end of an event on the day it starts."""
    if isinstance(value, datetime.datetime):
        # Whole seconds: HTML's datetime attribute allows no microseconds.
        value = timezone.localtime(value).replace(microsecond=0)
        default_format = "DATETIME_FORMAT"
    else:
        default_format = "DATE_FORMAT"
    written = formats.date_format(value, format_name or default_format)
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), written)
