"""What a user may do to a page: Wagtail's rules, and one of the site's own.

Wagtail lets anyone who may change a page delete or move it while it is not live, and copy it
anywhere they may add pages. Here deleting, moving or copying a page needs the right to add
pages where it is, as creating one does: they change the shape of the tree, which is the
writers' work. Those who may only change pages (translators) edit them and nothing more.
"""

from wagtail.models import PagePermissionTester


class SitePagePermissionTester(PagePermissionTester):
    def may_reshape_tree(self):
        # Wagtail reads the permissions of active users only.
        return self.user.is_active and (self.user.is_superuser or "add" in self.permissions)

    # The site's rule first: it asks nothing of the database, where Wagtail's may (whether a
    # page has live descendants), once for each page the explorer lists.
    def can_delete(self, ignore_bulk=False):
        # Moving asks this too (with ignore_bulk), and so do bulk deletion and moving.
        return self.may_reshape_tree() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_copy(self):
        return self.may_reshape_tree() and super().can_copy()
