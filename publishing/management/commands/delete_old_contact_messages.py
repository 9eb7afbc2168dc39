"""Delete the contact form's messages once kept for CONTACT_MESSAGE_RETENTION_DAYS.

The scheduler (run_scheduler) runs this every minute; run it by hand after shortening the period.
"""

from django.core.management.base import BaseCommand

from home.models.contact import delete_old_messages


class Command(BaseCommand):
    help = "Delete contact form messages older than CONTACT_MESSAGE_RETENTION_DAYS."

    def handle(self, *args, **options):
        deleted = delete_old_messages()
        if deleted:
            self.stdout.write(f"Deleted {deleted} contact messages past their retention period.")
