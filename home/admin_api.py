"""The admin's page API, as choosers read it: the translation editor asks it for the title and
edit link of each page a menu, a footer or a page links to.

Wagtail answers only the pages a user may explore. Page links are synchronised from the French
source, so an English translator was answered 404 for every linked page, and the editor showed
blank names. Here such a page is answered as its version the user may explore (the English
page, which English visitors reach through the link, and which the translator may edit); else,
when it is live and public, with its published title only, which visitors read anyway. A draft
stays hidden, and so do the translations the user may not explore (Wagtail lists them all, by
their draft titles)."""

from django.http import Http404
from rest_framework.response import Response
from wagtail.admin.api.serializers import AdminPageSerializer, PageTranslationsField
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page


class ExplorableTranslationsField(PageTranslationsField):
    def to_representation(self, page):
        translations = super().to_representation(page)
        explorable = set(
            self.context["base_queryset"]
            .filter(pk__in=[translation["id"] for translation in translations])
            .values_list("pk", flat=True)
        )
        return [translation for translation in translations if translation["id"] in explorable]


class PageForChoosersSerializer(AdminPageSerializer):
    translations = ExplorableTranslationsField(read_only=True)


class PagesForChoosersAPIViewSet(PagesAdminAPIViewSet):
    base_serializer_class = PageForChoosersSerializer

    def get_object(self):
        pk = self.kwargs["pk"]
        explorable = self.get_base_queryset()
        if not explorable.filter(pk=pk).exists():
            linked = Page.objects.filter(pk=pk).values("translation_key")
            if version := explorable.filter(translation_key__in=linked).first():
                return version.specific
        return super().get_object()

    def detail_view(self, request, pk):
        try:
            return super().detail_view(request, pk)
        except Http404:
            page = Page.objects.live().public().filter(pk=pk).first()
            if page is None:
                raise
            return Response({"id": page.id, "title": page.title})
