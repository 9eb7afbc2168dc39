"""Atom feeds of the news, one per language and per field of excellence."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from core.pages import for_visitors

FEED_LENGTH = 20
ATOM = "application/atom+xml"


class NewsAtomFeed(Atom1Feed):
    """Atom, with a link to the same feed in each other language of the site."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        for language, url in self.feed["translations"]:
            handler.addQuickElement(
                "link",
                "",
                {"rel": "alternate", "type": ATOM, "hreflang": language, "href": url},
            )


class NewsFeed(Feed):
    """The newest news of an index, or of its news about one field of excellence. Called by
    NewsIndexPage's routes with the index and the field."""

    feed_type = NewsAtomFeed

    def get_object(self, request, index, field=None):
        self.request = request
        self.language = index.locale.language_code
        return index, field

    def title(self, obj):
        index, field = obj
        site_name = gettext("Research, Lille School of Medicine")
        return " – ".join(
            str(part) for part in (field and field.title, index.title, site_name) if part
        )

    def link(self, obj):
        index, field = obj
        return index.field_url(field) if field else index.url

    def subtitle(self, obj):
        index, _field = obj
        return index.introduction

    def feed_url(self, obj):
        index, field = obj
        return index.feed_url(field)

    def items(self, obj):
        index, field = obj
        return index.news(field)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        # The news item's own date, at the start of that day in the site's time zone.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item):
        return item.last_published_at

    def feed_extra_kwargs(self, obj):
        index, field = obj
        return {"translations": self.translations(index, field)}

    def translations(self, index, field):
        """(language, address) of this feed in each other language the index and the field
        are published in."""
        found = []
        for version in for_visitors(index.get_translations()).select_related("locale"):
            field_version = None
            if field:
                field_version = for_visitors(field.get_translations(), version.locale_id).first()
                if field_version is None:
                    continue
            language = version.locale.language_code
            # Its address in its own language's words: /en/news/field/…/feed/.
            with translation.override(language):
                url = self.request.build_absolute_uri(version.feed_url(field_version))
            found.append((language, url))
        return found
