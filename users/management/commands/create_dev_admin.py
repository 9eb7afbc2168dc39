from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
# Development only: the command refuses to run without DEBUG.
PASSWORD = "admin"


class Command(BaseCommand):
    help = "Create a development superuser if there is none, and print how to log in."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_admin is for development only (DEBUG is off).")
        User = get_user_model()
        if not User.objects.filter(is_superuser=True).exists():
            User.objects.create_superuser(USERNAME, email="", password=PASSWORD)
            self.stdout.write(f"Created the development admin user '{USERNAME}'.")
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {admin_url}  login: {USERNAME}  password: {PASSWORD} "
                "(unless you changed it)"
            )
        )
