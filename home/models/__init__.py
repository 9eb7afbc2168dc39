"""The site's shared models, one module a domain: images, pages, contact, navigation, settings,
and the ordered links of pages and snippets."""

from .contact import ContactFormField, ContactPage
from .images import SiteImage, SiteRendition
from .links import OrderedLink
from .navigation import Footer, FooterLink, MainMenu, MainMenuItem
from .pages import BasePage, HomePage, StandardPage
from .seo import SeoFields
from .settings import SiteSettings

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactPage",
    "Footer",
    "FooterLink",
    "HomePage",
    "MainMenu",
    "MainMenuItem",
    "OrderedLink",
    "SeoFields",
    "SiteImage",
    "SiteRendition",
    "SiteSettings",
    "StandardPage",
]
