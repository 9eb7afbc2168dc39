from django.db import models
from django.utils.translation import gettext_lazy as _


class GlossaryTerm(models.Model):
    """A French term and the English it is always translated by: names of the School, its
    institutes, platforms, projects and funders. One row holds both languages, so the term list
    itself is not translated."""

    french = models.CharField(_("French term"), max_length=255, unique=True)
    english = models.CharField(_("English term"), max_length=255)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["french"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return f"{self.french} → {self.english}"
