"""A guard in front of wagtail-localize's PO upload: bad files get a message, never a 500.

wagtail-localize's view reads `request.FILES["file"]` and the PO's translation-id header
without checking that they exist; an upload without a file, or a PO file from another tool,
would raise there. This view checks both, then hands a sound upload to wagtail-localize.
"""

import tempfile

import polib
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import upload_pofile

from translations.limits import SourceLimits, too_long_message

# Larger than any page's translation; more is not a PO file someone meant to upload.
MAX_PO_FILE_SIZE = 5 * 1024 * 1024


def refuse(request, message):
    messages.error(request, message)
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")


def parse(upload):
    # From a file, never from a string: polib reads a string that names a file as that file.
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            return polib.pofile(copy.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return None


@require_POST
def checked_upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    upload = request.FILES.get("file")
    if upload is None:
        return refuse(request, _("Choose a PO file to upload."))
    if upload.size > MAX_PO_FILE_SIZE:
        return refuse(request, _("This file is too large to be a PO file."))
    po = parse(upload)
    upload.seek(0)
    if po is None or "X-WagtailLocalize-TranslationID" not in po.metadata:
        return refuse(request, _("Please upload a PO file downloaded from this translation."))
    limits = SourceLimits(translation.source)
    for entry in po:
        limit = limits.of(entry.msgctxt or "")
        if limit and len(entry.msgstr) > limit:
            return refuse(request, too_long_message(limit, len(entry.msgstr)))
    # wagtail-localize checks the user's rights and that the file is for this translation.
    return upload_pofile(request, translation_id)
