"""Publish and unpublish what editors scheduled, every minute, for as long as it runs; and
delete contact messages past their retention period.

Wagtail publishes a scheduled page or snippet (and unpublishes an expired one) only when its
`publish_scheduled` command runs. This runs it in a loop: `make run` starts it next to the
development server, and production runs one of it beside the web containers. Deleting old
messages is one query: it runs every time too.
"""

import logging
import signal
import sys
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from core import generations
from home.models.contact import delete_old_messages

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run Wagtail's publish_scheduled and delete old contact messages every --interval "
        "seconds, until stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconds between runs.")
        parser.add_argument("--once", action="store_true", help="Run once, then stop.")

    def handle(self, *args, interval, once, **options):
        if once:
            call_command("publish_scheduled", stdout=self.stdout)
            delete_old_messages()
            return
        # A container's first process ignores SIGTERM unless it handles it: stop at once.
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
        while True:
            # Drop a connection the database closed while we slept, as each request does.
            close_old_connections()
            try:
                call_command("publish_scheduled", stdout=self.stdout)
            except Exception:
                # A database briefly away must not stop scheduled publishing for good.
                logger.exception("Scheduled publishing failed; next try in %s s", interval)
            # What it published while Redis was away reaches the stored pages once it is back.
            generations.retry_unsaved_purge()
            # On its own: a page that fails to publish must not keep messages past their time.
            try:
                delete_old_messages()
            except Exception:
                logger.exception("Deleting old messages failed; next try in %s s", interval)
            time.sleep(interval)
