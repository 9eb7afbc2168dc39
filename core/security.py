"""Security headers that depend on the address: the Content-Security-Policy of the admin.

Public pages get `CONTENT_SECURITY_POLICY`: no inline script or style, nothing from other
sites but the video players of the embed block. Wagtail's admin (its editor, previews and
login) runs inline scripts and styles, so it gets `ADMIN_CONTENT_SECURITY_POLICY` instead.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SitePolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        # A preview is rendered by a request that Wagtail makes up for the page's public
        # address, inside the admin's own request: the admin's policy is the one that applies.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        in_admin = request.path_info.startswith(settings.ADMIN_PATH_PREFIX)
        if in_admin and not report_only and parts.config is None:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
