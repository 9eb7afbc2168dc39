"""The glossary of the source texts: the names whose English the texts give, so that a
translator writes them as the School does."""

from wording.models import GlossaryTerm

from .text import T

NAME = "A proper name: the English is the one the School uses."

TERMS = [
    (T("Faculté de médecine de Lille", "Lille University School of Medicine"), NAME),
    (T("PreciDIAB", "PreciDIAB"), "The project's name: never translated."),
    (
        T("Centre national de médecine de précision", "National Center for Precision Medicine"),
        "The label PreciDIAB was awarded (CNMP).",
    ),
    # The institutes and networks.
    (
        T(
            "Institut de médecine prédictive et de recherche thérapeutique",
            "Institute of Predictive Medicine and Therapy Research",
        ),
        NAME,
    ),
    (
        T(
            "Institut de médecine moléculaire et cellulaire",
            "Institute of Molecular and Cellular Medicine",
        ),
        NAME,
    ),
    (T("Cancéropôle Nord-Ouest", "Canceropole Nord-Ouest"), NAME),
    # The research platforms.
    (T("Interaction moléculaire", "Molecular interaction"), ""),
    (T("Imagerie cellulaire et médicale", "Cellular and medical imaging"), ""),
    (T("Animaleries d’expérimentation", "Animal testing facilities"), ""),
    (
        T("Microchirurgie et chirurgie expérimentales", "Experimental microsurgery and surgery"),
        "",
    ),
    (T("Biothérapies", "Biotherapies"), ""),
    # The funders.
    (T("Agence nationale de la recherche", "National Research Agency"), "ANR."),
    (T("Programme d’investissements d’avenir", "Future Investment Plan"), "PIA."),
]


def load_glossary():
    """Create each term not there yet; those there, perhaps edited since, are left as they are."""
    for text, note in TERMS:
        GlossaryTerm.objects.get_or_create(
            french=text.fr, defaults={"english": text.en, "note": note}
        )
