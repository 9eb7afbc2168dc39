"""The main menu and footer: translatable snippets shown in the visitor's language."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from home.models import Footer, FooterLink, MainMenu, MainMenuItem
from tests.factories import StandardPageFactory
from translations.translating import translate

pytestmark = pytest.mark.django_db


def menu_links(html):
    nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    return [line.strip() for line in nav.splitlines() if "<a " in line]


@pytest.fixture
def about(home, english_home, locales):
    page = StandardPageFactory(parent=home, title="À propos", slug="a-propos", introduction="")
    translate(page, locales["en"], {"À propos": "About", "a-propos": "about"})
    return page


@pytest.fixture
def menu(home, about, locales):
    menu = MainMenu(locale=locales["fr"], name="Menu principal")
    menu.items = [
        MainMenuItem(locale=locales["fr"], page=about),
        MainMenuItem(locale=locales["fr"], url="https://www.univ-lille.fr/", label="Université"),
    ]
    menu.save()
    menu.save_revision().publish()
    return menu


def test_the_menu_speaks_each_language(client, menu, locales):
    translate(menu, locales["en"], {"Menu principal": "Main menu", "Université": "University"})
    assert menu_links(client.get("/fr/").content.decode()) == [
        '<li><a href="/fr/a-propos/">À propos</a></li>',
        '<li><a href="https://www.univ-lille.fr/">Université</a></li>',
    ]
    assert menu_links(client.get("/en/").content.decode()) == [
        '<li><a href="/en/about/">About</a></li>',
        '<li><a href="https://www.univ-lille.fr/">University</a></li>',
    ]


def test_the_menu_keeps_the_order_editors_gave_its_links(client, menu, locales):
    # The admin's inline panel numbers the links as the editor orders them; the rows'
    # order in the database is not theirs.
    about, university = menu.items.all()
    about.sort_order, university.sort_order = 1, 0
    menu.items = [about, university]
    menu.save_revision().publish()
    translate(menu, locales["en"], {"Menu principal": "Main menu", "Université": "University"})
    assert menu_links(client.get("/fr/").content.decode()) == [
        '<li><a href="https://www.univ-lille.fr/">Université</a></li>',
        '<li><a href="/fr/a-propos/">À propos</a></li>',
    ]
    assert menu_links(client.get("/en/").content.decode()) == [
        '<li><a href="https://www.univ-lille.fr/">University</a></li>',
        '<li><a href="/en/about/">About</a></li>',
    ]


def test_the_current_page_is_marked_in_the_menu(client, menu):
    html = client.get("/fr/a-propos/").content.decode()
    assert '<a href="/fr/a-propos/" aria-current="page">À propos</a>' in html


def test_a_page_not_translated_yet_is_left_out_of_the_english_menu(client, menu, home, locales):
    seule = StandardPageFactory(parent=home, title="Seule", slug="seule")
    menu.items.add(MainMenuItem(locale=locales["fr"], page=seule))
    menu.save_revision().publish()
    translate(menu, locales["en"], {"Menu principal": "Main menu", "Université": "University"})
    assert "Seule" in client.get("/fr/").content.decode()
    assert "Seule" not in client.get("/en/").content.decode()


def test_a_menu_draft_is_not_shown_until_published(client, menu, locales):
    menu.items.add(
        MainMenuItem(locale=locales["fr"], url="https://example.org/", label="Brouillon")
    )
    menu.save_revision()  # a draft: the live menu is unchanged
    assert "Brouillon" not in client.get("/fr/").content.decode()
    menu.get_latest_revision().publish()
    assert "Brouillon" in client.get("/fr/").content.decode()


def test_without_an_english_menu_english_pages_fall_back_to_the_home_children(
    client, menu, english_home
):
    # Only the French menu exists: English pages use the English home's menu pages.
    html = client.get("/en/").content.decode()
    assert "À propos" not in html and "Université" not in html


def test_the_footer_speaks_each_language(client, home, about, locales):
    footer = Footer(
        locale=locales["fr"],
        name="Pied de page",
        description="PreciDIAB, Centre national de médecine de précision du diabète",
        legal_line="Faculté de médecine de Lille",
    )
    footer.links = [FooterLink(locale=locales["fr"], page=about)]
    footer.save()
    footer.save_revision().publish()
    translate(
        footer,
        locales["en"],
        {
            "Pied de page": "Footer",
            "PreciDIAB, Centre national de médecine de précision du diabète": (
                "PreciDIAB, National Center for Precision Medicine on diabetes"
            ),
            "Faculté de médecine de Lille": "Lille University School of Medicine",
        },
    )
    french = client.get("/fr/").content.decode().split("<footer", 1)[1]
    english = client.get("/en/").content.decode().split("<footer", 1)[1]
    assert "Centre national de médecine de précision" in french
    assert '<a href="/fr/a-propos/">À propos</a>' in french
    assert "National Center for Precision Medicine on diabetes" in english
    assert '<a href="/en/about/">About</a>' in english
    assert '<p class="site-footer__legal">Lille University School of Medicine</p>' in english


def test_a_preview_shows_the_menu_being_edited(menu, locales, home):
    menu.name = "Menu principal"
    menu.items.add(MainMenuItem(locale=locales["fr"], url="https://example.org/", label="Nouveau"))
    request = RequestFactory().get("/fr/", HTTP_HOST="localhost")
    with translation.override("fr"):
        response = menu.serve_preview(request, menu.default_preview_mode)
    html = response.render().content.decode()
    assert '<a href="https://example.org/">Nouveau</a>' in html
    assert MainMenu.objects.get(pk=menu.pk).items.count() == 2  # nothing was saved


def test_a_link_needs_a_page_or_an_address(locales):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        MainMenuItem(locale=locales["fr"], label="Nulle part").clean()
    with pytest.raises(ValidationError):
        MainMenuItem(locale=locales["fr"], url="https://example.org/").clean()


def test_editors_find_menu_and_footer_in_the_snippets(admin_client, menu):
    assert admin_client.get("/admin/snippets/home/mainmenu/").status_code == 200
    assert admin_client.get(f"/admin/snippets/home/mainmenu/edit/{menu.pk}/").status_code == 200
    assert admin_client.get("/admin/snippets/home/footer/").status_code == 200
