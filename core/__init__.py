"""core: the request pipeline and what all pages share; it imports no other app of the project.

Stored pages and their generations, the parts every page reads alike, compression, security
headers, the language of a request and of a page, error pages, the sitemap, and the catalogues
of the interface strings every page is written in.
"""
