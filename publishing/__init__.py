"""publishing: groups, moderation, the scheduler; it imports only home, core and users.

The editorial groups and their rights, the moderation workflow, the submit buttons named in the
editor's language, who reads the contact messages, scheduled publishing and the retention of
contact messages. Translation-specific steps (submitting a translation, publishing a page with
its translations) belong to translations/, which builds on this app.
"""
