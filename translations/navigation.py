"""The main menu's and footer's admin views, which ask the permission policy (permissions.py)
about the copy at hand: translators change their own language's copy only."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views import snippets as views
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Footer, MainMenu


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
