"""news: the news index, news pages and their Atom feeds; it imports research, never agenda.

A news item links to research pages (fields of excellence, institutes, platforms, PreciDIAB)
by foreign keys to Wagtail's Page; research shows its latest news through templates of this
app (news/latest_news.html, news/field_feed_link.html), so research never imports news.
"""
