"""Pages and other text sent gzip-compressed to browsers that accept it.

Django's GZipMiddleware, which pads each response against BREACH, kept to text: images and
other binary files are compressed already. Stored pages are compressed once, when stored
(`stored_variants`).
"""

import gzip

from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.text import compress_string

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/javascript")


def compressible(response):
    return response.get("Content-Type", "").startswith(TEXT_TYPES)


def accepts_gzip(request):
    return bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


class TextCompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not compressible(response):
            return response
        return super().process_response(request, response)


def stored_variants(response):
    """The finished `response`'s headers and body to store, by encoding: identity (plain) and
    gzip, whichever the request that built it accepted."""
    headers = dict(response.items())
    body = response.content
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
        del headers["Content-Encoding"]
    headers["Content-Length"] = str(len(body))
    if not compressible(response):
        return {"identity": (headers, body), "gzip": (headers, body)}
    # No padding against BREACH, which guesses a secret in a page from the sizes of many
    # responses: a stored page holds none (no cookie, no CSRF token, or it is not stored),
    # and every visitor gets the same bytes.
    compressed = compress_string(body)
    headers_gzip = {**headers, "Content-Encoding": "gzip", "Content-Length": str(len(compressed))}
    return {"identity": (headers, body), "gzip": (headers_gzip, compressed)}
