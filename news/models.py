from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail_localize.fields import SynchronizedField

from core.fragments import later
from core.pages import for_visitors
from home.models import BasePage, OrderedLink
from home.relations import linked_pages, paginate, with_images
from home.structured_data import describe
from home.templatetags.seo_tags import sharing_rendition
from news.feeds import NewsFeed
from research.models import ResearchProgramPage

# The research pages a news item may be about.
RESEARCH_PAGE_TYPES = [
    "research.ResearchProgramPage",
    "research.InstitutePage",
    "research.PlatformPage",
    "research.ProjectPage",
]
NEWS_PER_PAGE = 10


def newest_first(news):
    return news.order_by("-date", "-first_published_at", "-pk")


def news_about(news, research_page):
    """The news of `news` linked to `research_page` in any of its languages: a translation
    keeps its source's links, which lead to the French page."""
    key = research_page.translation_key
    return news.filter(research_links__research_page__translation_key=key).distinct()


class NewsIndexPage(RoutablePageMixin, BasePage):
    """News, the newest first, for all research or one field of excellence, each list with
    its Atom feed."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self, field=None):
        """This index's live news, newest first; only those about `field` when given."""
        news = for_visitors(NewsPage.objects.child_of(self))
        return newest_first(news_about(news, field) if field else news)

    def latest_items(self, count):
        """The newest `count` live news pages of this index (so in its language)."""
        return list(with_images(self.news())[:count])

    def fields_of_excellence(self):
        """The fields news may be filtered by, in this index's language."""
        return for_visitors(ResearchProgramPage.objects.all(), self.locale_id).order_by("path")

    def field_by_slug(self, slug, fields=None):
        """The field of excellence of this language at `slug`, among `fields` when given."""
        fields = self.fields_of_excellence() if fields is None else fields
        field = next((field for field in fields if field.slug == slug), None)
        if field is None:
            raise Http404
        return field

    def listing(self, request, fields, field=None):
        news = with_images(self.news(field))
        return self.render(
            request,
            context_overrides={
                "news": later(lambda: paginate(request, news, "page", per_page=NEWS_PER_PAGE)),
                "field": field,
                "field_feed_url": self.feed_url(field) if field else None,
                "filters": later(
                    lambda: [
                        (choice.title, self.field_url(choice), choice == field)
                        for choice in fields
                    ]
                ),
            },
        )

    @path("")
    def all_news(self, request):
        return self.listing(request, self.fields_of_excellence())

    # Translated addresses, as slugs are: /fr/actualites/domaine/cancer/, /en/news/field/cancer/.
    @path(pgettext_lazy("address", "field/<slug:slug>/"), name="field")
    def field_news(self, request, slug):
        fields = list(self.fields_of_excellence())
        return self.listing(request, fields, self.field_by_slug(slug, fields))

    @path(pgettext_lazy("address", "feed/"), name="feed")
    def feed(self, request):
        return NewsFeed()(request, index=self)

    @path(pgettext_lazy("address", "field/<slug:slug>/feed/"), name="field_feed")
    def field_feed(self, request, slug):
        return NewsFeed()(request, index=self, field=self.field_by_slug(slug))

    def feed_url(self, field=None):
        """The address of the feed of all news, or of the news about `field`."""
        if field is None:
            return self.url + self.reverse_subpage("feed")
        return self.url + self.reverse_subpage("field_feed", kwargs={"slug": field.slug})

    def field_url(self, field):
        return self.url + self.reverse_subpage("field", kwargs={"slug": field.slug})


class NewsPage(BasePage):
    """A news item: its date, and the research pages it is about."""

    date = models.DateField(
        _("date"),
        # Today in Paris, whatever the server's clock says.
        default=timezone.localdate,
        help_text=_("The news item's date, shown with it; lists put the newest first."),
    )

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("date"),
        *BasePage.content_panels[1:],
        InlinePanel(
            "research_links",
            heading=_("Related research"),
            help_text=_("Fields of excellence, institutes, platforms or PreciDIAB."),
            label=_("research page"),
        ),
    ]
    # The date and the links are facts, the same in every language; links are shown in the
    # reader's language when read (home/relations.py).
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date", overridable=False),
        SynchronizedField("research_links", overridable=False),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["research_pages"] = later(lambda: linked_pages(self, self.research_links))
        context["index"] = later(lambda: NewsIndexPage.objects.parent_of(self).first())
        return context

    def structured_data(self, context):
        """The news item as search engines read an article: its dates, language, picture
        and who publishes it."""
        request = context["request"]
        article = describe(self, request, "NewsArticle")
        article["headline"] = self.title
        article["datePublished"] = self.date.isoformat()
        if self.last_published_at:
            article["dateModified"] = self.last_published_at.isoformat()
        article["inLanguage"] = self.locale.language_code
        article["publisher"] = {
            "@type": "CollegeOrUniversity",
            "name": gettext("Lille University School of Medicine"),
        }
        image, _alt = self.sharing_image()
        if rendition := sharing_rendition(image) if image else None:
            # The picture shared on social networks, already made for the page's meta tags.
            article["image"] = request.build_absolute_uri(rendition.url)
        return article


class NewsResearchLink(OrderedLink):
    """A research page a news item is about; the research page lists the item back."""

    target_field = "research_page"
    page = ParentalKey(NewsPage, related_name="research_links", on_delete=models.CASCADE)
    research_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("research page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [PageChooserPanel("research_page", page_type=RESEARCH_PAGE_TYPES)]

    class Meta(OrderedLink.Meta):
        verbose_name = _("research page of a news item")
        verbose_name_plural = _("research pages of a news item")
