"""The glossary in the admin menu, kept by Moderators and English translators (the translation
editor marks its terms in the French: templatetags/glossary_marks.py)."""

from django.utils.translation import gettext_lazy as _
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
