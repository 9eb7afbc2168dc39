"""{% picture %}: Wagtail's, with its filters made once for each place it is used."""

from unittest import mock

import pytest
from django.template import Context, Template

from tests.content import make_image

pytestmark = pytest.mark.django_db

PICTURE = '{% picture image format-{webp,jpeg} fill-{80x45,160x90} sizes="10rem" alt="" %}'


def test_a_picture_is_wagtails_with_its_filters_made_once(media):
    context = Context({"image": make_image()})
    ours = Template("{% load image_tags %}" + PICTURE)
    wagtails = Template("{% load wagtailimages_tags %}" + PICTURE).render(context)
    assert ours.render(context) == wagtails
    making_a_filter = mock.patch(
        "wagtail.images.templatetags.wagtailimages_tags.Filter", side_effect=AssertionError
    )
    with making_a_filter:
        assert ours.render(context) == wagtails
