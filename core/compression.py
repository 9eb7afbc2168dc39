"""Pages and other text sent gzip-compressed to browsers that accept it.

Django's GZipMiddleware, which pads each response against BREACH, kept to text: images and
other binary files are compressed already.
"""

from django.middleware.gzip import GZipMiddleware

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/javascript")


class TextCompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith(TEXT_TYPES):
            return response
        return super().process_response(request, response)
