"""research: the research pages and the links between them; it never imports partners.

PreciDIAB, fields of excellence, institutes and platforms. Links to partner pages name
"partners.PartnerPage" as a string and give it named reverse relations, which partners
reads to list the research pages back.
"""
