"""search: the site search, in each language with its own stemming; it imports research,
partners, home and core."""
