"""The facts of the two source texts, as phrases the demo site must show in both languages.

Each pair is a phrase of a French page and the phrase of its English translation, written
exactly as in demo/content.py; together they cover every fact of precidiab-project.txt and
faculty-medical-research.txt. A test checks that each appears on the rendered sites.
"""

FACTS = [
    # precidiab-project.txt
    ("Le projet PreciDIAB", "The PreciDIAB Project"),
    ("une trajectoire d’excellence", "a trajectory of excellence"),
    (
        "Centre national de médecine de précision (CNMP)",
        "National Center for Precision Medicine (CNMP)",
    ),
    (
        "recherche, en soins, en formation et en transfert de technologie",
        "research, care, training and technology transfer",
    ),
    ("Le label CNMP a été créé en 2019", "The CNMP label was created in 2019"),
    (
        "deuxième appel à projets Instituts hospitalo-universitaires (IHU2)",
        "second University Hospital Institute call for projects (IHU2)",
    ),
    ("Agence nationale de la recherche (ANR)", "National Research Agency (ANR)"),
    ("Programme d’investissements d’avenir (PIA)", "Future Investment Plan (PIA)"),
    (
        "chercheurs, d’enseignants-chercheurs et de personnels hospitaliers",
        "researchers, teacher-researchers and hospital staff",
    ),
    (
        "l’excellence de la recherche fondamentale et médicale",
        "the excellence of basic and medical research",
    ),
    (
        "industriels de la pharmacie, des biotechnologies et des technologies de santé",
        "pharmaceutical, biotechnology and health technologies manufacturers",
    ),
    ("trois CNMP ont été créés", "three CNMPs have been created"),
    ("d’ici 2025 et au-delà", "by 2025 and beyond"),
    (
        "le diabète, les cancers solides et les maladies hématologiques",
        "diabetes, solid cancers and hematological diseases",
    ),
    ("autour d’une thématique clinique spécifique", "around a specific clinical theme"),
    ("pouvoirs publics nationaux et locaux", "national and local authorities"),
    ("23\u00a0M€ (2020-2025)", "€23M (2020-2025)"),
    # faculty-medical-research.txt
    ("F-59045 Lille Cedex", "F-59045 Lille Cedex"),
    ("+33 (0)3 20 62 69 00", "+33 (0)3 20 62 69 00"),
    ("+33 (0)3 20 62 77 13", "+33 (0)3 20 62 77 13"),
    (
        "programmes ambitieux de recherche fondamentale et clinique",
        "ambitious basic and clinical research programs",
    ),
    (
        "partenariats stratégiques avec de grands centres de recherche européens",
        "strategic partnerships with major European research centers",
    ),
    ("hôpitaux universitaires associés", "affiliated University Hospitals"),
    (
        "bénéficient directement à la pratique clinique et à la formation",
        "directly benefit to clinical practice and training",
    ),
    ("Université de Lille", "University of Lille"),
    ("31 équipes de recherche", "31 research teams"),
    (
        "Centre national de la recherche scientifique (CNRS)",
        "National Center for Scientific Research (CNRS)",
    ),
    (
        "Institut national de la santé et de la recherche médicale (Inserm)",
        "French National Institute of Health and Medical Research (INSERM)",
    ),
    ("Institut Pasteur de Lille", "Pasteur Institute of Lille"),
    ("plus d’un millier de publications par an", "over a thousand publications a year"),
    (
        "plus influents de la recherche médicale en France",
        "most influential medical research leaders in France",
    ),
    (
        "molécules innovantes, nouveaux dispositifs médicaux",
        "innovative molecules, new medical devices",
    ),
    (
        "étroitement liée à la pratique clinique",
        "strongly related to clinical practice",
    ),
    (
        "l’un des centres de recherche clinique les plus actifs de France",
        "one of the most active clinical research centers in France",
    ),
    ("plus de 10\u202f000 patients", "over 10,000 patients"),
    ("réalisées uniquement à Lille", "only performed in Lille"),
    ("l’ensemble du cursus", "the entire curriculum"),
    ("essais cliniques en cours", "ongoing clinical trials"),
    (
        "Institut de médecine prédictive et de recherche thérapeutique (IMPRT/IFR 114)",
        "Institute of Predictive Medicine and Therapy Research (IMPRT/IFR 114)",
    ),
    (
        "Institut de médecine moléculaire et cellulaire",
        "Institute of Molecular and Cellular Medicine",
    ),
    ("Cancéropôle Nord-Ouest", "Canceropole Nord-Ouest"),
    ("Interaction moléculaire", "Molecular interaction"),
    ("Imagerie cellulaire et médicale (IRM, TEP)", "Cellular and medical imaging (MRI, TEP)"),
    ("Animaleries d’expérimentation", "Animal testing facilities"),
    ("Microchirurgie et chirurgie expérimentales", "Experimental Microsurgery and Surgery"),
    ("Biothérapies", "Biotherapies"),
    ("Diabète et conséquences cardiovasculaires", "Diabetes and cardiovascular consequences"),
    ("Maladies inflammatoires et environnement", "Inflammatory diseases and the environment"),
    ("Neurosciences", "Neuroscience"),
    ("Cancer", "Cancer"),
    ("Découverte et conception de médicaments", "Drug discovery and design"),
]
