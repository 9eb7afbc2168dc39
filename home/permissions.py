"""What a user may do to a page: Wagtail's rules, and one of the site's own.

Wagtail lets anyone who may change a page delete or move it while it is not live, and copy it
anywhere they may add pages. Here deleting, moving or copying a page needs the right to add
pages where it is, as creating one does: they change the shape of the tree, which is the
writers' work. Those who may only change pages (translators) edit them and nothing more.
"""

from wagtail.models import PagePermissionTester


class SitePagePermissionTester(PagePermissionTester):
    def may_reshape_tree(self):
        # Asked after Wagtail's own checks, which refuse inactive users (who have no permissions).
        return self.user.is_superuser or "add" in self.permissions

    def can_delete(self, ignore_bulk=False):
        # Moving asks this too (with ignore_bulk), and so do bulk deletion and moving.
        return super().can_delete(ignore_bulk=ignore_bulk) and self.may_reshape_tree()

    def can_copy(self):
        return super().can_copy() and self.may_reshape_tree()
