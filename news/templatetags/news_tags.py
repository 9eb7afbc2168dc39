"""The latest news about a research page, for the research page to show."""

from django import template

from core.pages import for_visitors
from news.models import NewsIndexPage, NewsPage, newest_first, news_about
from research.models import ResearchProgramPage

register = template.Library()

LATEST_NEWS = 3


@register.inclusion_tag("news/latest_news_list.html", takes_context=True)
def latest_news(context, page):
    """The newest news about `page` in its language, and for a field of excellence the
    address of all its news."""
    news = for_visitors(NewsPage.objects.all(), page.locale_id)
    items = list(newest_first(news_about(news, page))[:LATEST_NEWS])
    all_news_url = None
    if items and isinstance(page, ResearchProgramPage):
        index = for_visitors(NewsIndexPage.objects.all(), page.locale_id).first()
        all_news_url = index.field_url(page) if index else None
    # The request lets {% pageurl %} read the site's root paths once for every item.
    return {"request": context["request"], "items": items, "all_news_url": all_news_url}


@register.simple_tag
def field_feed_url(field):
    """The address of the Atom feed of the news about a field of excellence, in its language;
    empty when that language has no news index."""
    index = for_visitors(NewsIndexPage.objects.all(), field.locale_id).first()
    return index.feed_url(field) if index else ""
