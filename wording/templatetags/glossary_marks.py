from django import template
from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext

from wording.models import GlossaryTerm

register = template.Library()


@register.simple_tag
def glossary_marks():
    """The terms for glossary-marks.js, which marks them in the translation editor's French;
    only that editor's template asks for them, so that no other editor reads the glossary."""
    terms = list(GlossaryTerm.objects.values_list("french", "english"))
    data = {"label": gettext("Glossary"), "terms": terms}
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(data, "glossary-terms"),
        static("wording/glossary-marks.js"),
    )
