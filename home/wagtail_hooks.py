from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Footer, MainMenu


@hooks.register("before_serve_page")
def send_untranslated_pages_to_their_source(page, request, serve_args, serve_kwargs):
    """An alias in another language is a page waiting for its translation (wagtail-localize
    makes one for each new French page): the visitor goes to the source page itself, in its
    own language, rather than reading French under an English address."""
    if page.alias_of_id:
        source = Page.objects.filter(id=page.alias_of_id).exclude(locale_id=page.locale_id)
        if source := source.first():
            return redirect(source.get_url(request))
    return None


class MainMenuViewSet(SnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")
    list_display = ["name", "locale", "live"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-full"
    menu_label = _("Footer")
    list_display = ["name", "locale", "live"]


register_snippet(MainMenuViewSet)
register_snippet(FooterViewSet)
