"""Structured data for search engines (schema.org in JSON-LD), from the pages' own content.

Page types that describe something (the school, a research project) return it from their
`structured_data(context)`; every page below the home adds its breadcrumb trail.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

# As Django's json_script does: no page text can close the script element or open a comment.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(graph):
    """A script element holding `graph`; a data block, never run, so a CSP lets it through."""
    data = {"@context": "https://schema.org", "@graph": graph}
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)
    # Safe: escaped above, and JSON needs its quotes unescaped.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def describe(page, request, schema_type):
    """What every described page says of its subject: name, description and address."""
    thing = {"@type": schema_type, "name": page.title, "url": page.get_full_url(request)}
    if description := page.meta_description:
        thing["description"] = description
    return thing


def breadcrumb_list(trail):
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.full_url,
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }
