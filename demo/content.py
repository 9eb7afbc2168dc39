"""The demo pages: French written from the source texts, English in the texts' own words.

The two source texts are /work/shared/content/precidiab-project.txt and
faculty-medical-research.txt. Every fact of them is on some page below; nothing else is
claimed. A text used on several pages is one constant, so that its French always has the same
English twin.

French numbers use a narrow no-break space (U+202F) between thousands, as French typography
does, and a no-break space (U+00A0) before a colon.
"""

from .text import DaysFromLoading, Paragraphs, T

# The image the loader generates for a page is an abstract pattern: its alt text says so.
IMAGE_ALT = T("Motif abstrait aux couleurs du site", "Abstract pattern in the site's colours")

# faculty-medical-research.txt, "Medical research".
SCHOOL_PROGRAMS = T(
    "La Faculté de médecine de Lille conduit des programmes ambitieux de recherche "
    "fondamentale et clinique, au niveau national comme international.",
    "Lille University School of Medicine leads ambitious basic and clinical research "
    "programs, at both national and international level.",
)
SCHOOL_PARTNERSHIPS = T(
    "Toutes les activités de recherche se développent dans le cadre de partenariats "
    "stratégiques avec de grands centres de recherche européens. Les innovations scientifiques "
    "bénéficient directement à la pratique clinique et à la formation, grâce aux liens étroits "
    "entre la Faculté et les hôpitaux universitaires associés.",
    "All research activities are developed within the frame of strategic partnerships with "
    "major European research centers. Scientific innovations directly benefit to clinical "
    "practice and training, through the strong links between the Medical School and "
    "affiliated University Hospitals.",
)

# faculty-medical-research.txt, "Internationally recognized research".
TEAMS = T(
    "Des enseignants-chercheurs renommés participent à 31 équipes de recherche, qui rivalisent "
    "au niveau international.",
    "Renowned faculty members are involved in 31 research teams, competing at the "
    "international level.",
)
TEAMS_BELONG = T(
    "Ces équipes relèvent de l’élite de la recherche française\u00a0: le Centre national de la "
    "recherche scientifique (CNRS), l’Institut national de la santé et de la recherche médicale "
    "(Inserm) et l’Institut Pasteur de Lille.",
    "These teams belong to the top French research community: the National Center for "
    "Scientific Research (CNRS), the French National Institute of Health and Medical Research "
    "(INSERM) and the Pasteur Institute of Lille.",
)
PUBLICATIONS = T(
    "Avec plus d’un millier de publications par an, la Faculté se classe parmi les acteurs les "
    "plus influents de la recherche médicale en France.",
    "With over a thousand publications a year, the school ranks amongst the most influential "
    "medical research leaders in France.",
)

# faculty-medical-research.txt, "Research translating into advanced training and innovation".
CLINICAL_PRACTICE = T(
    "Notre recherche est étroitement liée à la pratique clinique, à bien des égards.",
    "Our research is strongly related to clinical practice in many ways.",
)
CLINICAL_TRIALS = T(
    "En étroite collaboration avec les hôpitaux universitaires associés, nos scientifiques "
    "participent à une grande variété d’essais cliniques portant sur de nouvelles thérapies et "
    "de nouveaux outils diagnostiques (molécules innovantes, nouveaux dispositifs médicaux).",
    "In close collaboration with affiliated University Hospitals, our scientists are involved "
    "in a wide variety of clinical trials investigating new therapies and diagnostic tools "
    "(innovative molecules, new medical devices).",
)
ACTIVE_CENTER = T(
    "Notre faculté de médecine est l’un des centres de recherche clinique les plus actifs de "
    "France, avec plus de 10\u202f000 patients inclus chaque année dans des essais. Cet "
    "environnement de recherche se traduit par des thérapies et des procédures de pointe, "
    "réalisées uniquement à Lille.",
    "Our medical school is one of the most active clinical research centers in France, with "
    "over 10,000 patients enrolled in trials a year. This research environment translates "
    "into cutting-edge therapies and procedures, only performed in Lille.",
)
CURRICULUM = T(
    "La recherche irrigue aussi l’ensemble du cursus\u00a0: les étudiants participent "
    "régulièrement à des travaux de recherche de pointe, acquièrent la maîtrise des pratiques "
    "de santé les plus avancées et se forment en participant à des essais cliniques en cours.",
    "Research also pervades the entire curriculum: students participate in cutting-edge "
    "research on a regular basis, become proficient in the most advanced healthcare practices "
    "and obtain experience through participating in ongoing clinical trials.",
)

# faculty-medical-research.txt, "Cutting-Edge research tools and infrastructures" and
# "Global excellence fields": the lists are folded into the sentences that introduce them.
INSTITUTES_SENTENCE = T(
    "Nos travaux de recherche s’organisent autour d’instituts dédiés et de cadres de "
    "collaboration d’envergure nationale\u00a0: l’Institut de médecine prédictive et de "
    "recherche thérapeutique (IMPRT/IFR 114), l’Institut de médecine moléculaire et cellulaire "
    "et le Cancéropôle Nord-Ouest.",
    "Our research endeavors are structured around dedicated institutes and nation-wide "
    "collaborative frameworks: the Institute of Predictive Medicine and Therapy Research "
    "(IMPRT/IFR 114), the Institute of Molecular and Cellular Medicine and Canceropole "
    "Nord-Ouest.",
)
PLATFORMS_SENTENCE = T(
    "Ces structures donnent à nos étudiants accès à des plateformes complètes de recherche en "
    "sciences de la vie\u00a0: interaction moléculaire, imagerie cellulaire et médicale (IRM, "
    "TEP), animaleries d’expérimentation, microchirurgie et chirurgie expérimentales, "
    "biothérapies.",
    "These structures provide our students with access to comprehensive life sciences "
    "research platforms: molecular interaction, cellular and medical imaging (MRI, TEP), "
    "animal testing facilities, experimental microsurgery and surgery, biotherapies.",
)
FIELDS_SENTENCE = T(
    "Les programmes de formation et la recherche de la Faculté de médecine de Lille "
    "bénéficient d’une recherche biomédicale de premier plan dans de grands domaines des "
    "sciences de la santé\u00a0: diabète et conséquences cardiovasculaires, maladies "
    "inflammatoires et environnement, neurosciences, cancer, découverte et conception de "
    "médicaments.",
    "Lille University School of Medicine training programs and research benefit from the "
    "leading biomedical research in major fields of health sciences: diabetes and "
    "cardiovascular consequences, inflammatory diseases and the environment, neuroscience, "
    "cancer, drug discovery and design.",
)

# precidiab-project.txt.
PRECIDIAB_SUBTITLE = T(
    "Lille\u00a0: une trajectoire d’excellence dans la recherche sur le diabète et les maladies "
    "métaboliques",
    "Lille: a trajectory of excellence in research on diabetes and metabolic diseases",
)
CNMP_DEFINITION = T(
    "Les centres nationaux de médecine de précision (CNMP) sont des centres d’excellence en "
    "recherche, en soins, en formation et en transfert de technologie dans le domaine de la "
    "médecine de précision.",
    "The National Centers for Precision Medicine (CNMP) are centers of excellence in research, "
    "care, training and technology transfer in the field of precision medicine.",
)
CNMP_CREATED = T(
    "Le label CNMP a été créé en 2019, à la suite de la publication des résultats du deuxième "
    "appel à projets Instituts hospitalo-universitaires (IHU2).",
    "The CNMP label was created in 2019 following the publication of the results of the second "
    "University Hospital Institute call for projects (IHU2).",
)
CNMP_AWARDED = T(
    "Ce label est attribué par l’Agence nationale de la recherche (ANR), dans le cadre du "
    "Programme d’investissements d’avenir (PIA), à un consortium de recherche réunissant une "
    "masse critique de chercheurs, d’enseignants-chercheurs et de personnels hospitaliers au "
    "sein d’une structure intégrée associant principalement une université, un centre "
    "hospitalier universitaire ou un établissement de santé, et un ou plusieurs organismes de "
    "recherche.",
    "This label is awarded by the National Research Agency (ANR) as part of the Future "
    "Investment Plan (PIA) to a research consortium bringing together a critical mass of "
    "researchers, teacher-researchers and hospital staff within an integrated structure mainly "
    "associating a university, a university hospital center or a health establishment, and "
    "one or more research organization(s).",
)
CNMP_RECOGNITION = T(
    "Ce label reconnaît l’excellence de la recherche fondamentale et médicale dans un domaine "
    "spécifique de la santé.",
    "This label is recognition of the excellence of basic and medical research in a specific "
    "area of health.",
)
CNMP_AIMS = T(
    "Les CNMP visent à renforcer la compétitivité de la recherche française au niveau "
    "international, l’attractivité du territoire pour les industriels de la pharmacie, des "
    "biotechnologies et des technologies de santé, ainsi que le potentiel de valorisation et de "
    "transfert des résultats de la recherche vers le patient et la population.",
    "The CNMPs aim to strengthen the competitiveness of French research at the international "
    "level, the attractiveness of the territory for pharmaceutical, biotechnology and health "
    "technologies manufacturers, and the potential for valorisation and transfer of research "
    "results towards the patient and the population.",
)
# The text's list of the three CNMPs was lost: the sentence ends at "challenge".
CNMP_THREE = T(
    "À cette fin, trois CNMP ont été créés, chacun centré sur un enjeu majeur de santé publique.",
    "To this end, three CNMPs have been created, each focused on a major public health challenge.",
)
CNMP_MISSION = T(
    "Les trois CNMP partagent une mission commune\u00a0: développer et proposer, d’ici 2025 et "
    "au-delà, de nouvelles solutions pour prévenir et traiter les pathologies ciblées "
    "(c’est-à-dire le diabète, les cancers solides et les maladies hématologiques), afin "
    "d’améliorer les conditions de vie des patients, mais aussi de contribuer à la prévention "
    "de ces affections et de leurs complications.",
    "The three CNMPs share a common mission: to develop and offer by 2025 and beyond new "
    "solutions to prevent and treat targeted pathologies (i.e. diabetes, solid cancers and "
    "hematological diseases) in order to improve the living conditions of patients but also "
    "to contribute to the prevention of these conditions and their complications.",
)
CNMP_STRENGTH = T(
    "Leur force réside dans le rassemblement, en un lieu unique, de chercheurs et de cliniciens "
    "issus des meilleures équipes universitaires, hospitalières et académiques, autour d’une "
    "thématique clinique spécifique.",
    "Their strength lies in the gathering in a unique place of researchers and clinicians, "
    "from the best university, hospital and academic teams, around a specific clinical theme.",
)
FUNDING = T(
    "L’ensemble du projet est fortement soutenu par les pouvoirs publics nationaux et locaux, "
    "avec un financement total à ce jour de 23\u00a0M€ (2020-2025).",
    "The entire project is strongly supported by national and local authorities with total "
    "funding to date of €23M (2020-2025).",
)

# Key figures, shown on the home page and again where the text gives them.
FIGURE_TEAMS = {"value": T("31", "31"), "label": T("équipes de recherche", "research teams")}
FIGURE_PUBLICATIONS = {
    "value": T("Plus de 1\u202f000", "Over 1,000"),
    "label": T("publications par an", "publications a year"),
}
FIGURE_PATIENTS = {
    "value": T("Plus de 10\u202f000", "Over 10,000"),
    "label": T(
        "patients inclus dans des essais chaque année", "patients enrolled in trials a year"
    ),
}
FIGURE_FUNDING = {
    "value": T("23\u00a0M€", "€23M"),
    "label": T(
        "de financement pour PreciDIAB (2020-2025)", "of funding for PreciDIAB (2020-2025)"
    ),
}
KEY_FIGURES = T("Chiffres clés", "Key figures")


# The research pages: fields of excellence, institutes and networks, platforms.

PROGRAM_INTRODUCTION = T(
    "L’un des grands domaines des sciences de la santé dans lesquels les programmes de "
    "formation et la recherche de la Faculté de médecine de Lille bénéficient d’une recherche "
    "biomédicale de premier plan.",
    "One of the major fields of health sciences in which Lille University School of Medicine "
    "training programs and research benefit from the leading biomedical research.",
)


def program(key, title, slug):
    """A field of excellence: the text gives its name and whose field it is, nothing more, so
    the sentence every field shares is in its body, not its introduction (which its card
    shows): a card shows its title and kind only."""
    return {
        "model": "research.ResearchProgramPage",
        "key": key,
        "title": title,
        "slug": slug,
        "image_alt": IMAGE_ALT,
        # Search engines still read a description: the sentence every field shares.
        "search_description": PROGRAM_INTRODUCTION,
        "body": [("paragraph", Paragraphs(PROGRAM_INTRODUCTION))],
        # "Lille University School of Medicine training programs and research benefit from
        # the leading biomedical research in major fields of health sciences": each field is
        # one of the School's. The text ties no field to an institute, a platform or another
        # partner (Cancer and the Canceropole Nord-Ouest would be a guess from a name).
        "links": {"partner_links": ["partner-faculty"]},
    }


INSTITUTE_INTRODUCTION = T(
    "L’un des instituts dédiés et cadres de collaboration d’envergure nationale autour desquels "
    "s’organisent les travaux de recherche de la Faculté de médecine de Lille.",
    "One of the dedicated institutes and nation-wide collaborative frameworks around which the "
    "research endeavors of Lille University School of Medicine are structured.",
)
INSTITUTE_PLATFORMS = T(
    "Les instituts et réseaux de la Faculté donnent à ses étudiants accès à des plateformes "
    "complètes de recherche en sciences de la vie.",
    "The institutes and networks of the School provide its students with access to "
    "comprehensive life sciences research platforms.",
)


def institute(key, title, slug):
    return {
        "model": "research.InstitutePage",
        "key": key,
        "title": title,
        "slug": slug,
        "image_alt": IMAGE_ALT,
        "search_description": INSTITUTE_INTRODUCTION,
        # What every institute shares is in the body: the card shows title and kind only.
        "body": [("paragraph", Paragraphs(INSTITUTE_INTRODUCTION, INSTITUTE_PLATFORMS))],
    }


PLATFORM_INTRODUCTION = T(
    "L’une des plateformes complètes de recherche en sciences de la vie auxquelles les "
    "instituts et réseaux de la Faculté de médecine de Lille donnent accès à ses étudiants.",
    "One of the comprehensive life sciences research platforms the institutes and networks of "
    "Lille University School of Medicine give its students access to.",
)


def platform(key, title, slug, **fields):
    return {
        "model": "research.PlatformPage",
        "key": key,
        "title": title,
        "slug": slug,
        "image_alt": IMAGE_ALT,
        "search_description": PLATFORM_INTRODUCTION,
        # What every platform shares is in the body: the card shows title and kind only.
        "body": [("paragraph", Paragraphs(PLATFORM_INTRODUCTION))],
        **fields,
    }


RESEARCH = {
    "model": "research.ResearchIndexPage",
    "key": "research",
    "title": T("Recherche", "Research"),
    "slug": T("recherche", "research"),
    "show_in_menus": True,
    "introduction": T(
        "Les domaines d’excellence, les instituts et réseaux et les plateformes de recherche de "
        "la Faculté de médecine de Lille.",
        "The fields of excellence, institutes and networks and research platforms of Lille "
        "University School of Medicine.",
    ),
    "image_alt": IMAGE_ALT,
    "body": [
        (
            "heading",
            {
                "text": T(
                    "Des outils et infrastructures de recherche de pointe",
                    "Cutting-edge research tools and infrastructures",
                ),
                "level": "h2",
            },
        ),
        ("paragraph", Paragraphs(INSTITUTES_SENTENCE, PLATFORMS_SENTENCE)),
        (
            "heading",
            {
                "text": T("Des domaines d’excellence de rang mondial", "Global excellence fields"),
                "level": "h2",
            },
        ),
        ("paragraph", Paragraphs(FIELDS_SENTENCE)),
    ],
    "children": [
        program(
            "program-diabetes",
            T(
                "Diabète et conséquences cardiovasculaires",
                "Diabetes and cardiovascular consequences",
            ),
            T("diabete-cardiovasculaire", "diabetes-cardiovascular"),
        ),
        program(
            "program-inflammatory",
            T(
                "Maladies inflammatoires et environnement",
                "Inflammatory diseases and the environment",
            ),
            T("maladies-inflammatoires", "inflammatory-diseases"),
        ),
        program(
            "program-neuroscience",
            T("Neurosciences", "Neuroscience"),
            T("neurosciences", "neuroscience"),
        ),
        program("program-cancer", T("Cancer", "Cancer"), T("cancer", "cancer")),
        program(
            "program-drugs",
            T("Découverte et conception de médicaments", "Drug discovery and design"),
            T("medicaments", "drug-discovery"),
        ),
        institute(
            "institute-imprt",
            T(
                "Institut de médecine prédictive et de recherche thérapeutique (IMPRT/IFR 114)",
                "Institute of Predictive Medicine and Therapy Research (IMPRT/IFR 114)",
            ),
            T("imprt-ifr-114", "imprt-ifr-114"),
        ),
        institute(
            "institute-molecular-cellular",
            T(
                "Institut de médecine moléculaire et cellulaire",
                "Institute of Molecular and Cellular Medicine",
            ),
            T("medecine-moleculaire-cellulaire", "molecular-cellular-medicine"),
        ),
        institute(
            "institute-canceropole",
            T("Cancéropôle Nord-Ouest", "Canceropole Nord-Ouest"),
            T("canceropole-nord-ouest", "canceropole-nord-ouest"),
        ),
        platform(
            "platform-molecular-interaction",
            T("Interaction moléculaire", "Molecular interaction"),
            T("interaction-moleculaire", "molecular-interaction"),
        ),
        platform(
            "platform-imaging",
            T(
                "Imagerie cellulaire et médicale (IRM, TEP)",
                "Cellular and medical imaging (MRI, TEP)",
            ),
            T("imagerie", "imaging"),
            equipment=Paragraphs(T("IRM, TEP", "MRI, TEP")),
        ),
        platform(
            "platform-animal-testing",
            T("Animaleries d’expérimentation", "Animal testing facilities"),
            T("animaleries", "animal-testing"),
        ),
        platform(
            "platform-surgery",
            T(
                "Microchirurgie et chirurgie expérimentales",
                "Experimental Microsurgery and Surgery",
            ),
            T("chirurgie-experimentale", "experimental-surgery"),
        ),
        platform(
            "platform-biotherapies",
            T("Biothérapies", "Biotherapies"),
            T("biotherapies", "biotherapies"),
        ),
    ],
}


# The partners: the organisations the two texts name. The PreciDIAB text's lists of "The
# partner establishments of the project" and "Project funders" were lost; these are the ones to
# show there (shared/content/README.md).

PARTNER_ESTABLISHMENT = T(
    "L’un des établissements partenaires du projet PreciDIAB.",
    "One of the partner establishments of the PreciDIAB project.",
)
PARTNER_FUNDER = T(
    "L’un des financeurs du projet PreciDIAB.", "One of the funders of the PreciDIAB project."
)


def partner(key, kind, title, slug, *paragraphs, introduction=""):
    """A partner; its introduction, which its card shows, only where the texts say something
    of this partner alone."""
    return {
        "model": "partners.PartnerPage",
        "key": key,
        "kind": kind,
        "website": "",
        "title": title,
        "slug": slug,
        "introduction": introduction,
        # Search engines read the introduction, or else the sentence the partner's kind shares.
        "search_description": "" if introduction else paragraphs[0],
        "body": [("paragraph", Paragraphs(*paragraphs))],
    }


PARTNERS = {
    "model": "partners.PartnerIndexPage",
    "key": "partners",
    "title": T("Partenaires", "Partners"),
    "slug": T("partenaires", "partners"),
    "show_in_menus": True,
    "introduction": T(
        "Les établissements partenaires du projet PreciDIAB et ses financeurs.",
        "The partner establishments of the PreciDIAB project and its funders.",
    ),
    "image_alt": IMAGE_ALT,
    "children": [
        partner(
            "partner-university-lille",
            "establishment",
            T("Université de Lille", "University of Lille"),
            T("universite-de-lille", "university-of-lille"),
            PARTNER_ESTABLISHMENT,
        ),
        partner(
            "partner-faculty",
            "establishment",
            T("Faculté de médecine de Lille", "Lille University School of Medicine"),
            T("faculte-de-medecine", "school-of-medicine"),
            PARTNER_ESTABLISHMENT,
            SCHOOL_PARTNERSHIPS,
            TEAMS,
            introduction=SCHOOL_PROGRAMS,
        ),
        partner(
            "partner-hospitals",
            "establishment",
            T("Hôpitaux universitaires associés", "Affiliated University Hospitals"),
            T("hopitaux-universitaires", "university-hospitals"),
            PARTNER_ESTABLISHMENT,
            SCHOOL_PARTNERSHIPS,
            introduction=CLINICAL_TRIALS,
        ),
        partner(
            "partner-cnrs",
            "research_organisation",
            T(
                "Centre national de la recherche scientifique (CNRS)",
                "National Center for Scientific Research (CNRS)",
            ),
            T("cnrs", "cnrs"),
            PARTNER_ESTABLISHMENT,
            TEAMS,
            TEAMS_BELONG,
        ),
        partner(
            "partner-inserm",
            "research_organisation",
            T(
                "Institut national de la santé et de la recherche médicale (Inserm)",
                "French National Institute of Health and Medical Research (INSERM)",
            ),
            T("inserm", "inserm"),
            PARTNER_ESTABLISHMENT,
            TEAMS,
            TEAMS_BELONG,
        ),
        partner(
            "partner-pasteur",
            "research_organisation",
            T("Institut Pasteur de Lille", "Pasteur Institute of Lille"),
            T("institut-pasteur-de-lille", "pasteur-institute-of-lille"),
            PARTNER_ESTABLISHMENT,
            TEAMS,
            TEAMS_BELONG,
        ),
        partner(
            "partner-anr",
            "funder",
            T("Agence nationale de la recherche (ANR)", "National Research Agency (ANR)"),
            T("anr", "anr"),
            PARTNER_FUNDER,
            CNMP_CREATED,
            CNMP_AWARDED,
        ),
        partner(
            "partner-pia",
            "funder",
            T("Programme d’investissements d’avenir (PIA)", "Future Investment Plan (PIA)"),
            T("pia", "pia"),
            PARTNER_FUNDER,
            CNMP_CREATED,
            CNMP_AWARDED,
        ),
    ],
}


PRECIDIAB = {
    "model": "research.ProjectPage",
    "key": "project-precidiab",
    "title": T("Le projet PreciDIAB", "The PreciDIAB Project"),
    "slug": T("precidiab", "precidiab"),
    "show_in_menus": True,
    "introduction": PRECIDIAB_SUBTITLE,
    "image_alt": IMAGE_ALT,
    "label": T(
        "Centre national de médecine de précision (CNMP)",
        "National Center for Precision Medicine (CNMP)",
    ),
    "label_description": Paragraphs(
        CNMP_DEFINITION,
        CNMP_CREATED,
        CNMP_AWARDED,
        CNMP_RECOGNITION,
        CNMP_AIMS,
        CNMP_THREE,
    ),
    "mission": Paragraphs(CNMP_MISSION, CNMP_STRENGTH),
    "funding_amount": 23_000_000,
    "funding_start_year": 2020,
    "funding_end_year": 2025,
    "body": [("paragraph", Paragraphs(FUNDING))],
    "links": {
        # "The partner establishments of the project" lost its list; the README names the
        # organisations of the two texts to show there, and the label goes to a consortium
        # "mainly associating a university, a university hospital center or a health
        # establishment, and one or more research organization(s)".
        "establishment_links": [
            "partner-university-lille",
            "partner-faculty",
            "partner-hospitals",
            "partner-cnrs",
            "partner-inserm",
            "partner-pasteur",
        ],
        # "Project funders" lost its list; "This label is awarded by the National Research
        # Agency (ANR) as part of the Future Investment Plan (PIA)".
        "funder_links": ["partner-anr", "partner-pia"],
    },
}


INTERNATIONAL = {
    "model": "home.StandardPage",
    "key": "page-international",
    "title": T("Une recherche reconnue à l’international", "Internationally recognized research"),
    "slug": T("recherche-internationale", "international-research"),
    "introduction": TEAMS,
    "image_alt": IMAGE_ALT,
    "body": [
        ("paragraph", Paragraphs(TEAMS_BELONG, PUBLICATIONS)),
        ("key_figures", {"title": KEY_FIGURES, "figures": [FIGURE_TEAMS, FIGURE_PUBLICATIONS]}),
    ],
}

# A French edit published after the English translation and left for the translators, so that
# the report shows a page out of date and "What changed" has a change to show. French only: the
# English is what lags behind.
INTERNATIONAL_REVISED = {
    "key": "page-international",
    "introduction": "Des enseignants-chercheurs renommés de la Faculté participent à 31 équipes "
    "de recherche qui rivalisent au niveau international.",
}

# A French page whose English translation is started and left for the translators: its title
# is new, and every other string is translated on other pages, so the translation memory
# (Reports → Translation status → "Translation memory") fills them.
RESEARCH_IN_FIGURES = {
    "model": "home.StandardPage",
    "key": "page-research-in-figures",
    "title": T("La recherche en chiffres", "Research in figures"),
    "slug": T("recherche-en-chiffres", "research-in-figures"),
    "introduction": TEAMS,
    "image_alt": IMAGE_ALT,
    "body": [
        (
            "key_figures",
            {
                "title": KEY_FIGURES,
                "figures": [FIGURE_TEAMS, FIGURE_PUBLICATIONS, FIGURE_PATIENTS],
            },
        ),
        ("paragraph", Paragraphs(PUBLICATIONS)),
    ],
}

TRAINING = {
    "model": "home.StandardPage",
    "key": "page-training",
    "title": T(
        "Une recherche qui se traduit en formation de pointe et en innovation",
        "Research translating into advanced training and innovation",
    ),
    "slug": T("formation-et-innovation", "training-and-innovation"),
    "introduction": CLINICAL_PRACTICE,
    "image_alt": IMAGE_ALT,
    "body": [
        ("paragraph", Paragraphs(CLINICAL_TRIALS, ACTIVE_CENTER)),
        ("key_figures", {"title": KEY_FIGURES, "figures": [FIGURE_PATIENTS]}),
        ("paragraph", Paragraphs(CURRICULUM)),
    ],
}


# News, each from facts of the source texts, dated the day the demo is loaded (the date field's
# default): the texts date none of them.
def news(key, title, slug, introduction, body, research):
    return {
        "model": "news.NewsPage",
        "key": key,
        "title": title,
        "slug": slug,
        "introduction": introduction,
        "image_alt": IMAGE_ALT,
        "body": [("paragraph", body)],
        "links": {"research_links": research},
    }


NEWS = {
    "model": "news.NewsIndexPage",
    "key": "news",
    "title": T("Actualités", "News"),
    "slug": T("actualites", "news"),
    "show_in_menus": True,
    "children": [
        news(
            "news-clinical-trials",
            T(
                "Plus de 10\u202f000 patients inclus chaque année dans des essais",
                "Over 10,000 patients enrolled in trials a year",
            ),
            T("essais-cliniques", "clinical-trials"),
            ACTIVE_CENTER,
            Paragraphs(CLINICAL_TRIALS),
            [],
        ),
        news(
            "news-cnmp-label",
            T(
                "PreciDIAB, Centre national de médecine de précision",
                "PreciDIAB, a National Center for Precision Medicine",
            ),
            T("label-cnmp", "cnmp-label"),
            CNMP_CREATED,
            Paragraphs(CNMP_AWARDED, CNMP_RECOGNITION),
            ["project-precidiab", "program-diabetes"],
        ),
        news(
            "news-precidiab-funding",
            T("23\u00a0M€ pour PreciDIAB (2020-2025)", "€23M for PreciDIAB (2020-2025)"),
            T("financement-precidiab", "precidiab-funding"),
            FUNDING,
            Paragraphs(CNMP_MISSION),
            ["project-precidiab", "program-diabetes"],
        ),
    ],
}


CONTACT = {
    "model": "home.ContactPage",
    "key": "contact",
    "title": T("Contact", "Contact"),
    "slug": T("contact", "contact"),
    "show_in_menus": True,
    "introduction": T(
        "Les coordonnées de la Faculté de médecine de Lille.",
        "The contact details of Lille University School of Medicine.",
    ),
    # The address as the text writes it, the same in both languages.
    "address": T(
        "Faculté de Médecine de Lille\nF-59045 Lille Cedex",
        "Faculté de Médecine de Lille\nF-59045 Lille Cedex",
    ),
    "telephone": "+33 (0)3 20 62 69 00",
    "fax": "+33 (0)3 20 62 77 13",
    "thank_you_text": Paragraphs(T("Merci pour votre message.", "Thank you for your message.")),
    # What the site does with a message: stored, listed in the admin for the communications
    # team, deleted after CONTACT_MESSAGE_RETENTION_DAYS (365 by default).
    "privacy_notice": Paragraphs(
        T(
            "Nous conservons votre message, avec votre nom et votre adresse électronique, "
            "pendant 365 jours, puis il est effacé. Seule l’équipe de communication le lit, "
            "pour vous répondre.",
            "We keep your message, with your name and email address, for 365 days; then it is "
            "deleted. Only the communications team reads it, to answer you.",
        )
    ),
    "form_fields": [
        {
            "label": T("Nom", "Name"),
            "field_type": "singleline",
            "required": True,
            "help_text": "",
        },
        {
            "label": T("Adresse électronique", "Email address"),
            "field_type": "email",
            "required": True,
            "help_text": "",
        },
        {
            "label": T("Objet", "Subject"),
            "field_type": "singleline",
            "required": True,
            "help_text": "",
        },
        {
            "label": T("Message", "Message"),
            "field_type": "multiline",
            "required": True,
            "help_text": "",
        },
    ],
}


# Facts about how the site is built and tested, not about the school.
ACCESSIBILITY = {
    "model": "home.StandardPage",
    "key": "page-accessibility",
    "title": T("Accessibilité", "Accessibility"),
    "slug": T("accessibilite", "accessibility"),
    "introduction": T(
        "Ce site vise le niveau AA des règles pour l’accessibilité des contenus web (WCAG) 2.2, "
        "en français comme en anglais.",
        "This site aims for level AA of the Web Content Accessibility Guidelines (WCAG) 2.2, "
        "in French and in English.",
    ),
    "body": [
        (
            "heading",
            {"text": T("Comment le site est vérifié", "How the site is tested"), "level": "h2"},
        ),
        (
            "paragraph",
            Paragraphs(
                T(
                    "Chaque type de page est vérifié dans les deux langues à chaque modification "
                    "du site, par des tests automatiques.",
                    "Every kind of page is checked in both languages at every change of the "
                    "site, by automatic tests.",
                ),
                T(
                    "axe-core recherche les obstacles à l’accessibilité dans le navigateur.",
                    "axe-core looks for accessibility barriers in the browser.",
                ),
                T(
                    "Le validateur HTML Nu du W3C vérifie que le code de chaque page est valide.",
                    "The W3C Nu HTML Checker verifies that the code of every page is valid.",
                ),
                T(
                    "Des tests au clavier parcourent l’en-tête : lien d’évitement, menu, "
                    "recherche et choix de la langue, avec un repère visible sur l’élément actif.",
                    "Keyboard tests go through the header: skip link, menu, search and language "
                    "choice, with a visible mark on the focused element.",
                ),
            ),
        ),
        ("heading", {"text": T("Signaler un problème", "Report a problem"), "level": "h2"}),
        (
            "paragraph",
            Paragraphs(
                T(
                    "Si vous ne pouvez pas accéder à un contenu ou à un service du site, "
                    "écrivez-nous par le formulaire de la page Contact, accessible depuis le "
                    "menu principal et le pied de chaque page.",
                    "If you cannot reach a content or a service of the site, write to us "
                    "through the form of the Contact page, linked from the main menu and the "
                    "footer of every page.",
                ),
            ),
        ),
    ],
}


# The agenda's events are examples, and say so in their titles: the source texts name no event.
# They are dated from the day the demo is loaded, so that some are upcoming and some past, and
# take place nowhere real (a reserved example.org address for registration).
EXAMPLE_VENUE = T("Lieu d’exemple", "Example venue")
EXAMPLE_REGISTRATION = "https://example.org/inscription"


def example_event(key, title, slug, introduction, start, end, attendance, **fields):
    return {
        "model": "events.EventPage",
        "key": key,
        "title": title,
        "slug": slug,
        "introduction": introduction,
        "start": start,
        "end": end,
        "attendance": attendance,
        **fields,
    }


EVENTS = {
    "model": "events.EventIndexPage",
    "key": "events",
    "title": T("Agenda", "Events"),
    "slug": T("agenda", "events"),
    "introduction": T(
        "Les événements de la recherche. Ceux présentés ici sont des exemples.",
        "Research events. Those shown here are examples.",
    ),
    "children": [
        example_event(
            "event-seminar",
            T("Exemple\u00a0: séminaire de recherche", "Example: research seminar"),
            T("exemple-seminaire", "example-seminar"),
            T(
                "Un exemple de séminaire, pour montrer comment l’agenda présente un événement "
                "sur place.",
                "An example seminar, showing how the agenda presents an event on site.",
            ),
            DaysFromLoading(14, 14),
            DaysFromLoading(14, 16),
            "on_site",
            place=EXAMPLE_VENUE,
            registration_url=EXAMPLE_REGISTRATION,
        ),
        example_event(
            "event-webinar",
            T("Exemple\u00a0: webinaire", "Example: webinar"),
            T("exemple-webinaire", "example-webinar"),
            T(
                "Un exemple de webinaire, pour montrer comment l’agenda présente un événement "
                "en ligne.",
                "An example webinar, showing how the agenda presents an online event.",
            ),
            DaysFromLoading(30, 10),
            DaysFromLoading(30, 11, 30),
            "online",
            registration_url=EXAMPLE_REGISTRATION,
        ),
        example_event(
            "event-study-day",
            T("Exemple\u00a0: journée d’étude", "Example: study day"),
            T("exemple-journee-etude", "example-study-day"),
            T(
                "Un exemple de journée d’étude, sur place et en ligne, sur deux jours.",
                "An example study day, on site and online, over two days.",
            ),
            DaysFromLoading(45, 9),
            DaysFromLoading(46, 17),
            "mixed",
            place=EXAMPLE_VENUE,
        ),
        example_event(
            "event-lecture",
            T("Exemple\u00a0: conférence", "Example: lecture"),
            T("exemple-conference", "example-lecture"),
            T(
                "Un exemple d’événement passé, pour montrer la page des événements passés.",
                "An example of a past event, showing the page of past events.",
            ),
            DaysFromLoading(-20, 18),
            DaysFromLoading(-20, 19, 30),
            "on_site",
            place=EXAMPLE_VENUE,
        ),
        example_event(
            "event-workshop",
            T("Exemple\u00a0: atelier", "Example: workshop"),
            T("exemple-atelier", "example-workshop"),
            T(
                "Un autre exemple d’événement passé, en ligne.",
                "Another example of a past event, online.",
            ),
            DaysFromLoading(-60, 10),
            DaysFromLoading(-60, 12),
            "online",
        ),
    ],
}

HOME = {
    "title": T(
        "La recherche à la Faculté de médecine de Lille",
        "Research at Lille University School of Medicine",
    ),
    "slug": T("accueil", "home"),
    "introduction": SCHOOL_PROGRAMS,
    "image_alt": IMAGE_ALT,
    "body": [
        (
            "key_figures",
            {
                "title": KEY_FIGURES,
                "figures": [FIGURE_TEAMS, FIGURE_PUBLICATIONS, FIGURE_PATIENTS, FIGURE_FUNDING],
            },
        ),
        ("heading", {"text": T("La recherche médicale", "Medical research"), "level": "h2"}),
        ("paragraph", Paragraphs(SCHOOL_PARTNERSHIPS)),
    ],
    # The home's ways in, by page key: chosen by the loader once the pages exist.
    "features": [
        ("latest", {"listing": "news", "count": 3}),
        ("latest", {"listing": "events", "count": 3}),
        (
            "pages",
            {
                "heading": T(
                    "Centre national de médecine de précision du diabète",
                    "National Center for Precision Medicine on diabetes",
                ),
                "pages": ["project-precidiab"],
            },
        ),
        (
            "pages",
            {
                "heading": T("Domaines d’excellence", "Fields of excellence"),
                "pages": [
                    "program-diabetes",
                    "program-inflammatory",
                    "program-neuroscience",
                    "program-cancer",
                    "program-drugs",
                ],
            },
        ),
        (
            "pages",
            {
                "heading": T("Instituts et réseaux", "Institutes and networks"),
                "pages": [
                    "institute-imprt",
                    "institute-molecular-cellular",
                    "institute-canceropole",
                ],
            },
        ),
        (
            "pages",
            {
                "heading": T("Plateformes de recherche", "Research platforms"),
                "pages": [
                    "platform-molecular-interaction",
                    "platform-imaging",
                    "platform-animal-testing",
                    "platform-surgery",
                    "platform-biotherapies",
                ],
            },
        ),
    ],
}

SITE = {
    "model": "home.HomePage",
    "key": "home",
    **HOME,
    "children": [
        PRECIDIAB,
        RESEARCH,
        PARTNERS,
        EVENTS,
        NEWS,
        CONTACT,
        INTERNATIONAL,
        TRAINING,
        ACCESSIBILITY,
        RESEARCH_IN_FIGURES,
    ],
}

# The menu and footer snippets: page links by key, labels from the pages' own titles.
MAIN_MENU = {
    "name": T("Menu principal", "Main menu"),
    "items": ["project-precidiab", "research", "news", "events", "partners", "contact"],
}

FOOTER = {
    "name": T("Pied de page", "Footer"),
    "description": T(
        "PreciDIAB, Centre national de médecine de précision du diabète",
        "PreciDIAB, National Center for Precision Medicine on diabetes",
    ),
    "links": ["contact", "page-international", "page-training", "page-accessibility"],
    "legal_line": T("Faculté de médecine de Lille", "Lille University School of Medicine"),
}
