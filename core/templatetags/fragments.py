"""{% kept_fragment %}…{% endkept_fragment %}: the enclosed HTML kept where the page's context
says (core/fragments.py), built as usual otherwise."""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import cache

register = template.Library()

# A form's CSRF token is the visitor's own: the kept HTML holds this mark in its place, and each
# use puts the visitor's token there (which also has Django send its cookie, as the tag would).
# Made from the secret key, so that no page's text can spell it.
CSRF_MARK = "csrf" + hashlib.sha256(f"kept-fragment:{settings.SECRET_KEY}".encode()).hexdigest()


class KeptFragmentNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        fragment = context.get("fragment")
        if fragment is None:
            return self.nodelist.render(context)
        html = cache.get(fragment.key)
        if html is None:
            with context.push(csrf_token=CSRF_MARK):
                html = self.nodelist.render(context)
            cache.set(fragment.key, html, fragment.seconds)
        if CSRF_MARK in html:
            html = html.replace(CSRF_MARK, str(context.get("csrf_token", "")))
        return html


@register.tag
def kept_fragment(parser, token):
    nodelist = parser.parse(("endkept_fragment",))
    parser.delete_first_token()
    return KeptFragmentNode(nodelist)
