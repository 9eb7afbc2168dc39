"""partners: the partner pages; it never imports research, which links to them.

A partner page lists the research pages that link to it through the reverse relations research
names: program_links, project_establishment_links and project_funder_links.
"""
