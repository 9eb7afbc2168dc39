"""Who reads the contact form's messages: the communications team, in every language.

Messages carry names, e-mail addresses and what people wrote: personal data, read by those who
answer them, not by everyone who may change a form page. Wagtail lists a form's messages to
whoever may change the page, so translators of the English contact page would read its
messages, and Editors, who change only French pages, would not read the English ones. Here the
rule is a right of its own, "view form submission", which the Editors and Moderators groups
hold (moderation.py): it is about who answers people, not about pages, so a group gives it.
"""

from wagtail import hooks
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page


@hooks.register("filter_form_submissions_for_user")
def messages_for_the_communications_team(user, form_pages):
    # Reading, exporting and deleting messages all ask this.
    if user.has_perm("wagtailforms.view_formsubmission"):
        return Page.objects.filter(content_type__in=get_form_types())
    return form_pages.none()
