"""The demo pages: French written from the source texts, English in the texts' own words.

French numbers use a narrow no-break space (U+202F) between thousands, as French typography does.
"""

from .text import Paragraphs, T

HOME = {
    "title": T(
        "La recherche à la Faculté de médecine de Lille",
        "Research at Lille University School of Medicine",
    ),
    "slug": T("accueil", "home"),
    "introduction": T(
        "La Faculté de médecine de Lille conduit des programmes ambitieux de recherche "
        "fondamentale et clinique, au niveau national comme international.",
        "Lille University School of Medicine leads ambitious basic and clinical research "
        "programs, at both national and international level.",
    ),
    "body": [
        (
            "key_figures",
            {
                "title": T("Chiffres clés", "Key figures"),
                "figures": [
                    {"value": T("31", "31"), "label": T("équipes de recherche", "research teams")},
                    {
                        "value": T("Plus de 1\u202f000", "Over 1,000"),
                        "label": T("publications par an", "publications a year"),
                    },
                    {
                        "value": T("Plus de 10\u202f000", "Over 10,000"),
                        "label": T(
                            "patients inclus dans des essais chaque année",
                            "patients enrolled in trials a year",
                        ),
                    },
                    {
                        "value": T("23\u00a0M€", "€23M"),
                        "label": T(
                            "de financement pour PreciDIAB (2020-2025)",
                            "of funding for PreciDIAB (2020-2025)",
                        ),
                    },
                ],
            },
        ),
        (
            "paragraph",
            Paragraphs(
                T(
                    "Toutes les activités de recherche se développent dans le cadre de "
                    "partenariats stratégiques avec de grands centres de recherche européens. "
                    "Les innovations scientifiques bénéficient directement à la pratique "
                    "clinique et à la formation, grâce aux liens étroits entre la Faculté "
                    "et les hôpitaux universitaires associés.",
                    "All research activities are developed within the frame of strategic "
                    "partnerships with major European research centers. Scientific "
                    "innovations directly benefit to clinical practice and training, through "
                    "the strong links between the Medical School and affiliated University "
                    "Hospitals.",
                ),
            ),
        ),
    ],
}
