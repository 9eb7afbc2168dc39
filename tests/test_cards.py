"""Cards on the demo's indexes: each says something of its own page, or only its title and kind."""

import pytest
from bs4 import BeautifulSoup

from tests.content import html

INDEXES = ["/fr/recherche/", "/fr/partenaires/", "/en/research/", "/en/partners/"]


@pytest.mark.parametrize("url", INDEXES)
def test_no_two_cards_of_an_index_show_the_same_description(client, demo, url):
    cards = BeautifulSoup(html(client, url), "html.parser").select(".card")
    descriptions = [text.get_text() for card in cards for text in card.select(".card__text")]
    assert len(cards) >= 8
    assert len(descriptions) == len(set(descriptions)), descriptions
    # Every card names its kind, descriptions or not.
    assert all(card.select_one(".card__kind").get_text().strip() for card in cards)


def test_a_card_names_its_kind(client, demo):
    partners = BeautifulSoup(html(client, "/en/partners/"), "html.parser")
    kinds = {card.select_one(".card__kind").get_text() for card in partners.select(".card")}
    assert kinds == {"Partner establishment", "Research organisation", "Funder"}
    research = BeautifulSoup(html(client, "/fr/recherche/"), "html.parser")
    kinds = {card.select_one(".card__kind").get_text() for card in research.select(".card")}
    assert kinds == {"Domaine d’excellence", "Institut", "Plateforme"}
