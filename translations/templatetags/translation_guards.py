import json

from django import template

from translations.guards import may_convert_to_alias

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor_props(context):
    """The translation editor's props (wagtail-localize's JSON) without the actions the user may
    not take: the editor shows "Convert to alias page" whenever it is given its address."""
    props = json.loads(context["props"])
    instance, user = context["instance"], context["request"].user
    if context["is_page"] and not may_convert_to_alias(user, instance):
        props["links"]["convertToAliasUrl"] = None
    return json.dumps(props)
