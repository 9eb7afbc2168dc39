"""agenda (app label `events`): the agenda, its event pages and their iCalendar files; it
imports no other content app.

An event is upcoming until its end passes, then past, by the clock alone: pages that list or
show events tell the page cache to store them no longer than the next end
(core.stored_pages.store_until).
"""
