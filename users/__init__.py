"""users: the user model, where a request comes from, and the admin's sign-in limits; it
imports no other app of the project."""
