"""translations: all the wagtail-localize glue; it imports only wording, publishing, home, core
and users.

Aliases and the redirect from them, translating from code, the menu and footer's own-language
rights and the views that enforce them, starting, updating and submitting translations, the
status report, the guards in front of wagtail-localize's screens, the length limits, the
translation memory, and the views that show wording/'s glossary and changes.
"""
