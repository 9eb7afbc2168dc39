"""The address a request comes from, as django-axes counts failed logins by it."""

from django.conf import settings


def client_address(request):
    """Behind `TRUSTED_PROXY_COUNT` proxies of ours, each appending the address it received
    the request from to X-Forwarded-For, the client is that many entries from the end:
    anything before was written by the client itself and proves nothing."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [address for address in forwarded if address]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
