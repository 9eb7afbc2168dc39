from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as views
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_api import PagesForChoosersAPIViewSet
from home.models import Footer, MainMenu
from home.models.pages import source_for_visitors
from translations.permissions import OwnLanguagePermissionPolicy

# Before anything asks for these models' policy (Wagtail would make a default one).
register_permission_policy(MainMenu, OwnLanguagePermissionPolicy(MainMenu))
register_permission_policy(Footer, OwnLanguagePermissionPolicy(Footer))


@hooks.register("construct_admin_api")
def answer_choosers_with_pages_the_user_may_read(router):
    router.register_endpoint("pages", PagesForChoosersAPIViewSet)


@hooks.register("before_serve_page")
def send_untranslated_pages_to_their_source(page, request, serve_args, serve_kwargs):
    """An alias in another language is a page waiting for its translation (wagtail-localize
    makes one for each new French page), and a translation that is not live is in progress or
    was taken offline: the visitor goes to the French page itself, rather than reading French
    under an English address or meeting a broken link. Never a page that is not live."""
    if source := source_for_visitors(page):
        return redirect(source.get_url(request))
    if not page.live:
        raise Http404
    return None


class ThisCopyOnly:
    """Checks the view's permission on the menu or footer at hand, not only on its model:
    translators hold "change" on their own language's copy only. Wagtail's views ask the
    model alone, and wagtail-localize's translation editor is shown by the edit view."""

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance(self.permission_required, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class NavigationIndexView(views.IndexView):
    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None


class NavigationEditView(ThisCopyOnly, views.EditView):
    pass


class NavigationDeleteView(ThisCopyOnly, views.DeleteView):
    pass


# What a draft holds: the French menu's drafts are for those who may change it.
class NavigationRevisionView(ThisCopyOnly, views.PreviewRevisionView):
    pass


class NavigationRevisionsCompareView(ThisCopyOnly, views.RevisionsCompareView):
    pass


class NavigationViewSet(SnippetViewSet):
    index_view_class = NavigationIndexView
    # Reverting to an earlier revision goes through the edit view too.
    edit_view_class = NavigationEditView
    delete_view_class = NavigationDeleteView
    revisions_view_class = NavigationRevisionView
    revisions_compare_view_class = NavigationRevisionsCompareView


class MainMenuViewSet(NavigationViewSet):
    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")
    list_display = ["name", "locale", "live"]


class FooterViewSet(NavigationViewSet):
    model = Footer
    icon = "doc-full"
    menu_label = _("Footer")
    list_display = ["name", "locale", "live"]


register_snippet(MainMenuViewSet)
register_snippet(FooterViewSet)
