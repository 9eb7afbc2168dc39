"""Links a page or snippet lists in the order editors give them."""

from wagtail.models import Orderable


class OrderedLink(Orderable):
    """Wagtail's inline panel numbers the links as the editor orders them. Links made in code
    without a number keep the order they were saved in, not the database's, which changes as
    rows are updated."""

    class Meta(Orderable.Meta):
        abstract = True
        ordering = ["sort_order", "pk"]
