"""Translating in wagtail-localize's editor, as a translator does: every block of the library,
every page type and the snippets, then a change of the French source."""

import html
import json
import re
from datetime import date, datetime
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation

from home.models import Footer, MainMenu, MainMenuItem
from partners.models import PartnerKind
from tests.content import (
    every_block,
    list_item,
    live_navigation,
    make_document,
    make_image,
    store_embed,
)
from tests.factories import (
    ContactPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    InstitutePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    PlatformPageFactory,
    ProjectPageFactory,
    ResearchIndexPageFactory,
    ResearchProgramPageFactory,
    StandardPageFactory,
)
from tests.i18n import in_french
from translations.report import State, page_statuses

OTHER_VIDEO = "https://www.youtube.com/watch?v=english"


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def editor_segments(client, url):
    """The segments the translation editor shows, from the props it renders for its script."""
    response = client.get(url)
    assert response.status_code == 200
    props = re.search(r'<div class="js-translation-editor" data-props="([^"]*)"', response.text)
    return json.loads(html.unescape(props.group(1)))["segments"]


def put(client, url, value):
    """What the editor sends when a translator saves a segment."""
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def english(segment):
    """What our translator types: the source marked as English (a slug stays a slug)."""
    if segment["contentPath"] == "slug":
        return f"{segment['source']}-en"
    return f"EN {segment['source']}"


def translate_in_editor(client, url, overrides=None):
    """Translate every string the editor shows; override the values named by the end of their
    content path. Returns the segments."""
    overrides = overrides or {}
    segments = editor_segments(client, url)
    for segment in segments:
        if segment["type"] == "string":
            response = put(client, segment["editUrl"], english(segment))
        elif segment["type"] == "synchronised_value":
            path = next((p for p in overrides if segment["contentPath"].endswith(p)), None)
            if path is None:
                continue
            response = put(client, segment["editUrl"], overrides.pop(path))
        else:
            continue
        assert response.status_code in {200, 201}, response.content
    assert not overrides, f"no segment for {list(overrides)}"
    return segments


def publish_in_editor(client, url, django_capture_on_commit_callbacks):
    # wagtail-localize saves the translation to the page when the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "publish"})
    assert response.status_code == 302


def submit(client, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.id])
    assert client.post(url, {"locales": [locale.id]}).status_code == 302
    return page.get_translation(locale).specific


def translation_of(page, language_code="en"):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=language_code
    )


def status_of(page):
    return next(status for status in page_statuses() if status.page.id == page.id).state


def test_every_block_goes_through_the_editor_with_its_own_image_and_video(
    admin_client, client, home, english_home, locales, media, django_capture_on_commit_callbacks
):
    store_embed()
    store_embed(OTHER_VIDEO, title="Presentation")
    english_image = make_image("Amphitheatre", colour=(20, 48, 122), name="amphi-en.jpg")
    french = StandardPageFactory(
        parent=home, slug="blocs", body=every_block(home, make_image(), make_document())
    )
    english_page = submit(admin_client, french, locales["en"])

    segments = translate_in_editor(
        admin_client,
        edit_url(english_page),
        overrides={".image.image": english_image.pk, ".url": OTHER_VIDEO},
    )
    sources = {segment.get("source") for segment in segments}
    # Every text of every block is offered to the translator, list items included.
    for text in ("31", "équipes de recherche", "Neurosciences", "Un domaine d’excellence."):
        assert text in sources, text

    preview = reverse("wagtail_localize:preview_translation", args=[translation_of(french).id])
    assert admin_client.get(preview).status_code == 200
    publish_in_editor(admin_client, edit_url(english_page), django_capture_on_commit_callbacks)

    page = client.get("/en/blocs-en/").content.decode()
    assert "<h2>EN Domaines d’excellence</h2>" in page
    assert "EN Les équipes de recherche <b>de la Faculté</b>." in page
    assert 'alt="EN Un amphithéâtre"' in page and "amphi-en" in page
    assert "EN L’amphithéâtre" in page
    assert "EN La recherche irrigue le cursus." in page
    assert '<span class="key-figures__value">EN 31</span>' in page
    # A link to a page leads to its version in the reader's language.
    assert '<a class="button" href="/en/">EN Contact</a>' in page
    assert ">Rapport d’activité</a>" in page
    assert 'src="https://www.youtube.com/embed/english"' in page
    assert "<summary>EN Neurosciences</summary>" in page

    source = client.get("/fr/blocs/").content.decode()
    assert "amphi-en" not in source and "embed/demo" in source
    assert "EN " not in source


def test_blocks_left_empty_by_an_import_go_through_the_editor(
    admin_client, client, home, english_home, locales, media, django_capture_on_commit_callbacks
):
    # Stored null, not "": what an import or the API may leave in optional texts.
    empty = None
    image = {"image": make_image().pk, "alt_text": empty, "decorative": True}
    link = {"page": None, "url": "https://example.org/", "text": "Lien"}
    body = [
        {"type": "image", "value": {"image": image, "caption": empty}},
        {"type": "quote", "value": {"text": "Citation", "attribution": empty}},
        {"type": "key_figures", "value": {"title": empty, "figures": []}},
        {"type": "document", "value": {"document": make_document().pk, "text": empty}},
        {"type": "call_to_action", "value": {"title": "Appel", "text": empty, "link": link}},
        {"type": "accordion", "value": {"title": empty, "items": []}},
    ]
    french = StandardPageFactory(parent=home, slug="vides", body=body)
    english_page = submit(admin_client, french, locales["en"])

    translate_in_editor(admin_client, edit_url(english_page))
    publish_in_editor(admin_client, edit_url(english_page), django_capture_on_commit_callbacks)

    page = client.get("/en/vides-en/").content.decode()
    assert "EN Citation" in page and ">EN Lien</a>" in page
    assert 'alt=""' in page  # decorative, in every language


def through_the_editor(client, page, locale, commit):
    """Submit `page` (unless it has a translation already), translate every string in the
    editor and publish: the translator's whole job. Returns the live translation."""
    existing = page.get_translation_or_none(locale)
    target = existing if existing and not existing.alias_of_id else submit(client, page, locale)
    translate_in_editor(client, edit_url(target))
    publish_in_editor(client, edit_url(target), commit)
    return page.get_translation(locale).specific


def standard(home, media):
    return StandardPageFactory(parent=home, image=make_image(), image_alt="Un amphithéâtre"), [
        'alt="EN Un amphithéâtre"',
        "amphi.",  # the French page's image, shared
    ]


def contact(home, media):
    return ContactPageFactory(parent=home), ["+33 3 20 62 68 00", "EN Nom"]


def project(home, media):
    return ProjectPageFactory(parent=home), ["€23M", "2020–2025"]


def research_index(home, media):
    return ResearchIndexPageFactory(parent=home), []


def partner_index(home, media):
    return PartnerIndexPageFactory(parent=home), []


def in_research(factory, **fields):
    def build(home, media):
        index = ResearchIndexPageFactory(parent=home)
        return factory(parent=index, **fields), []

    return build


def partner(home, media):
    index = PartnerIndexPageFactory(parent=home)
    page = PartnerPageFactory(
        parent=index, kind=PartnerKind.FUNDER, website="https://anr.fr/", logo=make_image()
    )
    return page, ['href="https://anr.fr/"', "Funder"]


def agenda(home, media):
    return EventIndexPageFactory(parent=home), []


def event(home, media):
    index = EventIndexPageFactory(parent=home)
    page = EventPageFactory(
        parent=index,
        start=datetime(2027, 12, 7, 14, 0, tzinfo=ZoneInfo("Europe/Paris")),
        registration_url="https://example.org/inscription",
    )
    # Dates and the registration link are the French page's, the place translated.
    return page, [
        'href="https://example.org/inscription"',
        '<time datetime="2027-12-07T14:00:00+01:00">Tuesday 7 December 2027, 2:00 pm</time>',
        "EN Amphithéâtre A",
    ]


def news_index(home, media):
    return NewsIndexPageFactory(parent=home), []


def news(home, media):
    index = NewsIndexPageFactory(parent=home)
    page = NewsPageFactory(parent=index, date=date(2026, 12, 1))
    # The date is the French page's.
    return page, ['<time datetime="2026-12-01">Tuesday 1 December 2026</time>']


PAGE_TYPES = {
    "home": lambda home, media: (home, []),
    "standard": standard,
    "contact": contact,
    "project": project,
    "research index": research_index,
    "program": in_research(ResearchProgramPageFactory),
    "institute": in_research(InstitutePageFactory),
    "platform": in_research(PlatformPageFactory, equipment="<p>Un IRM 3 teslas.</p>"),
    "partner index": partner_index,
    "partner": partner,
    "agenda": agenda,
    "event": event,
    "news index": news_index,
    "news": news,
}


@pytest.mark.parametrize("build", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_each_page_type_is_translated_in_the_editor_and_kept_up_to_date(
    build,
    admin_client,
    client,
    home,
    english_home,
    locales,
    media,
    django_capture_on_commit_callbacks,
):
    commit = django_capture_on_commit_callbacks
    french, shared = build(home, media)
    for ancestor in french.get_ancestors().filter(depth__gt=2).specific():
        through_the_editor(admin_client, ancestor, locales["en"], commit)
    english = through_the_editor(admin_client, french, locales["en"], commit)

    page = client.get(english.url).content.decode()
    assert f"<h1>EN {french.title}</h1>" in page
    for fact in shared:
        assert fact in page, fact
    assert status_of(french) == State.UP_TO_DATE

    french.introduction = "Une introduction revue."
    french.save_revision().publish()
    assert status_of(french) == State.OUT_OF_DATE
    sync = reverse("wagtail_localize:update_translations", args=[translation_of(french).source_id])
    assert admin_client.post(sync).status_code == 302
    assert status_of(french) == State.IN_PROGRESS

    through_the_editor(admin_client, french, locales["en"], commit)
    assert status_of(french) == State.UP_TO_DATE
    assert "EN Une introduction revue." in client.get(english.url).content.decode()


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (MainMenu, {"name": "Menu principal"}),
        (Footer, {"name": "Pied de page", "legal_line": "© Université de Lille"}),
    ],
)
def test_menu_and_footer_are_translated_in_the_editor(
    model,
    fields,
    client,
    user_in,
    home,
    english_home,
    locales,
    django_capture_on_commit_callbacks,
):
    """Editors submit the French copy, an English translator translates it and Moderators
    publish the English copy, each in their own group."""
    snippet = live_navigation(model, locales["fr"], **fields)
    submit_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[model._meta.app_label, model._meta.model_name, snippet.pk],
    )
    client.force_login(user_in("Editors"))
    assert client.post(submit_url, {"locales": [locales["en"].id]}).status_code == 302
    english = snippet.get_translation(locales["en"])
    url = reverse(f"wagtailsnippets_home_{model._meta.model_name}:edit", args=[english.pk])

    client.force_login(user_in("Translators (English)"))
    translate_in_editor(client, url)
    # The translation is saved, segment by segment; visitors see it once a moderator publishes.
    saved = StringTranslation.objects.get(locale=locales["en"], translation_of__data="Université")
    assert saved.data == "EN Université"
    assert "EN Université" not in client.get("/en/").content.decode()

    client.force_login(user_in("Moderators"))
    publish_in_editor(client, url, django_capture_on_commit_callbacks)

    page = client.get("/en/").content.decode()
    assert '<a href="https://www.univ-lille.fr/">EN Université</a>' in page
    if model is Footer:
        assert "EN © Université de Lille" in page
    assert ">Université</a>" in client.get("/fr/").content.decode()


@pytest.mark.parametrize(
    ("block", "limit"),
    [
        ({"type": "heading", "value": {"text": "Titre", "level": "h2"}}, 120),
        (
            {
                "type": "key_figures",
                "value": {"title": "", "figures": [list_item({"value": "31", "label": "Titre"})]},
            },
            120,
        ),
    ],
    ids=["heading", "figure in a list"],
)
def test_a_block_text_longer_than_its_block_allows_is_refused_in_the_editor(
    admin_client, home, english_home, locales, block, limit
):
    french = StandardPageFactory(parent=home, slug="limites", body=[block])
    english_page = submit(admin_client, french, locales["en"])
    segment = next(
        segment
        for segment in editor_segments(admin_client, edit_url(english_page))
        if segment.get("source") == "Titre"
    )

    response = put(admin_client, segment["editUrl"], "x" * (limit + 1))

    assert response.status_code == 400
    message = in_french(
        "This field takes at most %(limit)d characters (this translation has %(length)d)."
    ) % {"limit": limit, "length": limit + 1}
    assert response.json() == {"value": [message]}
    assert not StringTranslation.objects.filter(locale=locales["en"], data="x" * (limit + 1))
    assert put(admin_client, segment["editUrl"], "x" * limit).status_code in {200, 201}


def test_a_menu_label_longer_than_its_field_allows_is_refused_in_the_editor(
    admin_client, home, english_home, locales
):
    menu = MainMenu(locale=locales["fr"], name="Menu principal")
    menu.items = [
        MainMenuItem(locale=locales["fr"], url="https://www.univ-lille.fr/", label="Lille")
    ]
    menu.save()
    menu.save_revision().publish()
    submit_url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["home", "mainmenu", menu.pk]
    )
    admin_client.post(submit_url, {"locales": [locales["en"].id]})
    english = menu.get_translation(locales["en"])
    url = reverse("wagtailsnippets_home_mainmenu:edit", args=[english.pk])
    segment = next(s for s in editor_segments(admin_client, url) if s.get("source") == "Lille")

    assert put(admin_client, segment["editUrl"], "x" * 81).status_code == 400
    assert put(admin_client, segment["editUrl"], "x" * 80).status_code in {200, 201}
