from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The site's user model, ours from the first migration so that it can grow without pain."""
