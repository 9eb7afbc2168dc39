from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.demo import content
from home.demo.text import french
from home.models import HomePage
from home.translation import translate_page


class Command(BaseCommand):
    help = (
        "Build the demo site from the source texts: French pages, translated into English "
        "through wagtail-localize. Safe to run again: pages that exist are left as they are."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        english = Locale.objects.get(language_code="en")
        home, created = self.french_home()
        if created or not home.has_translation(english):
            translations = {}
            french(content.HOME, translations)
            translate_page(home, english, translations)
        counts = ", ".join(
            f"{Page.objects.live().filter(locale__language_code=code, depth__gt=1).count()} {code}"
            for code in ("fr", "en")
        )
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: live pages {counts}."))

    def french_home(self):
        site = Site.objects.filter(is_default_site=True).first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific, False

        root = Page.get_first_root_node()
        home = HomePage(locale=Locale.objects.get(language_code="fr"), **french(content.HOME, {}))
        root.add_child(instance=home)
        home.save_revision().publish()

        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        if site is None:
            site = Site(is_default_site=True)
        welcome_page = site.root_page if site.root_page_id else None
        site.root_page = home
        site.hostname = base_url.hostname
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        # Wagtail's own "Welcome" page is replaced by the real home.
        if welcome_page and type(welcome_page.specific) is Page and not welcome_page.numchild:
            welcome_page.delete()
        return home, True
