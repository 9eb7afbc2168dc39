import json

from django import template
from wagtail.permissions import policy_registry

from translations.guards import may_convert_to_alias, may_stop_translation

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


@register.simple_tag(takes_context=True)
def source_link(context):
    """The header's link to the source copy (the French page or menu), left as plain text for
    those who may not edit it: a translator following it was refused."""
    link = context["source_translation"]
    source = context["translation"].source.get_source_instance()
    policy = policy_registry.get_by_type(type(source))
    if policy.user_has_permission_for_instance(context["request"].user, "change", source):
        return link
    return {**link, "editUrl": None}


@register.simple_tag(takes_context=True)
def may_stop(context):
    """Whether the editor's "Stop Synced translation" is for this user: wagtail-localize always
    draws it, as the main button when nothing else is offered, and the guard refuses it."""
    return may_stop_translation(context["request"].user)
