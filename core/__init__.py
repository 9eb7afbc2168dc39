"""core: the request pipeline and what all pages share; it imports no other app of the project."""
