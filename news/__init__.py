"""news: the news index, news pages and their Atom feeds; it imports no other content app.

A news item links to research pages (fields of excellence, institutes, platforms, PreciDIAB)
by foreign keys to Wagtail's Page; research shows its latest news through a template of this
app (news/latest_news.html), so research never imports news.
"""
