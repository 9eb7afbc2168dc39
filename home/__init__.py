"""home: the site's content; it imports only core and users.

The home, standard and contact pages and what they are made of: the StreamField blocks, the
images, the menu and footer snippets, the site settings, SEO fields and structured data, the
links between pages shown in the reader's language, and the templates that show them.
"""
