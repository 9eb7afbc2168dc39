"""Illustrations made by the project: abstract patterns in the site's colours, no photographs."""

import io
import random
import zlib

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from home.models import SiteImage

PALETTE = [(122, 20, 48), (91, 14, 35), (11, 79, 138), (194, 84, 0), (245, 243, 240)]
SIZE = (1200, 800)


def pattern(seed):
    """A JPEG of overlapping discs, the same for the same seed."""
    rng = random.Random(seed)
    image = Image.new("RGB", SIZE, PALETTE[-1])
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        radius = rng.randint(80, 360)
        x, y = rng.randint(0, SIZE[0]), rng.randint(0, SIZE[1])
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.choice(PALETTE))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer


# A few patterns shared by the pages: each makes a dozen renditions (sizes and formats).
PATTERNS = 6


def illustration(slug):
    """The demo image for a page: one of the patterns, picked by its slug, made once."""
    number = zlib.crc32(slug.encode()) % PATTERNS + 1
    title = f"Motif {number}"
    existing = SiteImage.objects.filter(title=title).first()
    if existing:
        return existing
    return SiteImage.objects.create(
        title=title, file=ImageFile(pattern(number), name=f"motif-{number}.jpg")
    )
