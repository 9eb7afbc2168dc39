"""What every template is given: the language of the page or snippet being edited."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, TranslatableMixin


def edited_locale(request):
    """On an admin edit address, the language of the page or snippet it edits, as `locale`:
    Wagtail's page chooser opens on that language's pages (its admin config's
    ACTIVE_CONTENT_LOCALE). Wagtail's own editors name it and win over this; wagtail-localize's
    translation editor, served at the same addresses, does not, and its choosers opened on every
    language's pages at once. Read only when a template asks for it."""
    match = request.resolver_match
    if match is None or match.url_name != "edit":
        return {}
    if match.view_name == "wagtailadmin_pages:edit":
        objects, pk = Page.objects, match.kwargs.get("page_id")
    else:
        model = getattr(match.func, "view_initkwargs", {}).get("model")
        if not (isinstance(model, type) and issubclass(model, TranslatableMixin)):
            return {}
        objects, pk = model.objects, match.kwargs.get("pk")
    return {"locale": SimpleLazyObject(lambda: locale_of(objects, pk))}


def locale_of(objects, pk):
    instance = objects.select_related("locale").filter(pk=pk).first()
    return instance.locale if instance else None
