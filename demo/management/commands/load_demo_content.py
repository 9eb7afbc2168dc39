from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from demo import content
from demo.glossary import load_glossary
from demo.images import illustration
from demo.text import french
from home.models import Footer, HomePage, MainMenu, SiteSettings
from translations.starting import start_translation
from translations.translating import translate

# Keys of a page description that are not model fields.
STRUCTURE = {"model", "key", "links", "features", "children", "form_fields"}


class Command(BaseCommand):
    help = (
        "Build the demo site from the source texts: French pages, translated into English "
        "through wagtail-localize. Safe to run again: pages that exist are left as they are."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        self.french_locale = Locale.objects.get(language_code="fr")
        self.english_locale = Locale.objects.get(language_code="en")
        self.english = {}
        french([content.SITE, content.MAIN_MENU, content.FOOTER], self.english)
        self.pages_by_key = {}
        self.created = []

        home = self.french_home(content.SITE)
        self.build_children(home, content.SITE.get("children", []))
        for page, spec in self.created:
            self.link(page, spec)
        self.start_for_translators(self.pages_by_key[content.RESEARCH_IN_FIGURES["key"]])
        for page in Page.objects.filter(locale=self.french_locale, depth__gt=1).order_by("path"):
            english = page.get_translation_or_none(self.english_locale)
            if english is None or english.alias_of_id:
                translate(page.specific, self.english_locale, self.english)
        self.revise_after_translation(content.INTERNATIONAL_REVISED)
        self.navigation(MainMenu, content.MAIN_MENU, "items")
        self.navigation(Footer, content.FOOTER, "links")
        self.site_settings(home)
        load_glossary()

        live = Page.objects.live().filter(depth__gt=1)
        counts = ", ".join(
            f"{live.filter(locale=locale).count()} {locale.language_code}"
            for locale in (self.french_locale, self.english_locale)
        )
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: live pages {counts}."))

    def french_home(self, spec):
        site = Site.objects.filter(is_default_site=True).first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific

        home = self.create(Page.get_first_root_node(), spec)
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
        return home

    def build_children(self, parent, specs):
        for spec in specs:
            slug = french(spec["slug"], {})
            page = parent.get_children().filter(slug=slug).first()
            page = page.specific if page else self.create(parent, spec)
            if "key" in spec:
                self.pages_by_key[spec["key"]] = page
            self.build_children(page, spec.get("children", []))

    def create(self, parent, spec):
        model = apps.get_model(spec["model"])
        fields = {name: french(value, {}) for name, value in spec.items() if name not in STRUCTURE}
        page = model(locale=self.french_locale, **fields)
        if "image_alt" in spec:
            page.image = illustration(fields["slug"])
        if "form_fields" in spec:
            field_model = model.form_fields.rel.related_model
            page.form_fields = [
                field_model(locale=self.french_locale, **french(form_field, {}))
                for form_field in spec["form_fields"]
            ]
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append((page, spec))
        return page

    def revise_after_translation(self, spec):
        """Publish a French edit after the page's translation, as an editor would; only on a
        page made by this run, so that running the loader again changes nothing."""
        page = self.pages_by_key[spec["key"]]
        if page not in (created for created, _spec in self.created):
            return
        for name, value in spec.items():
            if name != "key":
                setattr(page, name, value)
        page.save_revision().publish()

    def start_for_translators(self, page):
        """Start the page's English translation, as a translator would, and translate none of
        it (the loop below then leaves it): its strings wait for the translation memory."""
        english = page.get_translation_or_none(self.english_locale)
        if english and english.alias_of_id:
            start_translation(english, user=None)

    def navigation(self, model, spec, links):
        """The menu or footer snippet in French with its page links, numbered as the admin's
        inline panel numbers them, and its translation."""
        if model.objects.filter(locale=self.french_locale).exists():
            return
        fields = {name: french(value, {}) for name, value in spec.items() if name != links}
        snippet = model(locale=self.french_locale, **fields)
        link_model = getattr(model, links).rel.related_model
        setattr(
            snippet,
            links,
            [
                link_model(
                    locale=self.french_locale, page=self.pages_by_key[key], sort_order=order
                )
                for order, key in enumerate(spec[links])
            ],
        )
        snippet.save()
        snippet.save_revision().publish()
        translate(snippet, self.english_locale, self.english)

    def site_settings(self, home):
        """The footer shows the contact page's details; pages without an image are shared with
        the home's. Settings editors have saved are left as they are."""
        site = Site.objects.get(root_page=home)
        if not SiteSettings.objects.filter(site=site).exists():
            SiteSettings.objects.create(
                site=site,
                contact_page=self.pages_by_key["contact"],
                default_social_image=home.image,
            )

    def feature(self, name, value):
        """A section of the home's features, its pages or listing chosen by key."""
        value = french(value, {})
        if name == "pages":
            return name, {**value, "pages": [self.pages_by_key[key] for key in value["pages"]]}
        return name, {**value, "listing": self.pages_by_key[value["listing"]]}

    def link(self, page, spec):
        """Choose related pages as an editor would, once every page of the tree exists: in
        inline panels, numbered in order, and in the home's features."""
        if not spec.get("links") and not spec.get("features"):
            return
        for relation, keys in spec.get("links", {}).items():
            manager = getattr(page, relation)
            target_field = manager.model.target_field
            manager.set(
                [
                    manager.model(**{target_field: self.pages_by_key[key]}, sort_order=order)
                    for order, key in enumerate(keys)
                ]
            )
        if "features" in spec:
            page.features = [self.feature(name, value) for name, value in spec["features"]]
        page.save_revision().publish()
