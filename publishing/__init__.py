"""publishing: groups, moderation, the scheduler; it imports only home, core and users.

The editorial groups and their rights, the moderation workflow, the submit buttons named in the
editor's language, publishing a page with its translations at once (`together.py`), who reads
the contact messages, scheduled publishing and the retention of contact messages. Steps that
need wagtail-localize (submitting a translation) belong to translations/, which builds on this
app.
"""
