"""The glossary in the admin menu, kept by Moderators and English translators, and its terms
marked in the French of the translation editor."""

from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm


class GlossaryViewSet(SnippetViewSet):
    # Model permissions: Moderators and English translators keep it, Editors read it
    # (migrations/0002_glossary_permissions.py).
    model = GlossaryTerm
    icon = "clipboard-list"
    menu_label = _("Glossary")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["french", "english", "note"]


register_snippet(GlossaryViewSet)


@hooks.register("insert_editor_js")
def mark_glossary_terms_in_the_translation_editor():
    """The terms for glossary-marks.js, which marks them in the translation editor's French
    (other editors have no `.js-translation-editor`: the script does nothing there)."""
    terms = list(GlossaryTerm.objects.values_list("french", "english"))
    data = {"label": gettext("Glossary"), "terms": terms}
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(data, "glossary-terms"),
        static("wording/glossary-marks.js"),
    )
