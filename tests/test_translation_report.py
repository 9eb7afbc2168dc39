"""The translation status report and its dashboard panel: each French page's state in English."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.timezone import localtime
from django.utils.translation import ngettext, override
from wagtail.admin.menu import reports_menu
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from tests.factories import StandardPageFactory
from tests.i18n import in_french
from translations.report import State, page_statuses
from translations.translating import translate

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/translation-status/"
ROW = re.compile(
    r'<tr data-state="(?P<state>[a-z_]+)" data-page="(?P<page>\d+)" data-locale="(?P<locale>\w+)">'
    r"(?P<cells>.*?)</tr>",
    re.S,
)


def english_strings(title, slug):
    return {title: f"{title} (en)", slug: f"{slug}-en", "Une page du site.": "A page of the site."}


def translated(home, locales, title, slug):
    """A French page with its English translation, fully translated and published."""
    page = StandardPageFactory(parent=home, title=title, slug=slug)
    translate(page, locales["en"], english_strings(title, slug))
    return page


class TagBalance(HTMLParser):
    """Fails on an end tag that closes nothing open, and on inline script or style."""

    VOID = {"br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.open = []

    def handle_starttag(self, tag, attrs):
        assert tag != "script" and "style" not in dict(attrs), (tag, attrs)
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        assert "style" not in dict(attrs), (tag, attrs)

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag, (tag, self.open)


def assert_well_formed(html):
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    assert parser.open == []


def rows(response):
    """The report's rows: {page id: (state, the row's cells)}."""
    assert response.status_code == 200
    html = response.content.decode()
    return {int(row["page"]): (row["state"], row["cells"]) for row in ROW.finditer(html)}


def in_progress(home, locales, title, slug):
    """A French page submitted for translation as the admin does it, then one string of three
    translated."""
    page = StandardPageFactory(parent=home, title=title, slug=slug)
    TranslationCreator(None, [locales["en"]]).create_translations(page)
    segment = StringSegment.objects.get(source__object_id=page.translation_key, string__data=title)
    StringTranslation.objects.create(
        translation_of=segment.string,
        context=segment.context,
        locale=locales["en"],
        data=f"{title} (en)",
    )
    return page


def out_of_date(home, locales, title, slug):
    """A French page translated, then published again with a new title."""
    page = translated(home, locales, title, slug)
    page.title = f"{title}, revue"
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def awaiting_publication(home, locales, title, slug):
    """A French page whose translation is saved as a draft, never published."""
    page = StandardPageFactory(parent=home, title=title, slug=slug)
    translate(page, locales["en"], english_strings(title, slug), publish=False)
    return page


@pytest.fixture
def pages(home, english_home, locales):
    """One French page in each state, with the English home (up to date) beside them."""
    missing = StandardPageFactory(parent=home, title="Jamais traduite", slug="jamais-traduite")
    up_to_date = translated(home, locales, "Traduite", "traduite")
    in_progress_page = in_progress(home, locales, "En cours", "en-cours")
    out_of_date_page = out_of_date(home, locales, "Ancienne", "ancienne")

    alias_only = StandardPageFactory(parent=home, title="Alias", slug="alias")
    alias_only.create_alias(
        parent=english_home, update_locale=locales["en"], reset_translation_key=False
    )
    return {
        "home": home,
        "missing": missing,
        "up_to_date": up_to_date,
        "in_progress": in_progress_page,
        "out_of_date": out_of_date_page,
        "alias_only": alias_only,
    }


def test_the_report_shows_each_page_in_its_state(admin_client, pages, english_home):
    report = rows(admin_client.get(REPORT_URL))
    assert {page_id: state for page_id, (state, _cells) in report.items()} == {
        pages["home"].id: State.UP_TO_DATE,
        pages["missing"].id: State.MISSING,
        pages["up_to_date"].id: State.UP_TO_DATE,
        pages["in_progress"].id: State.IN_PROGRESS,
        pages["out_of_date"].id: State.OUT_OF_DATE,
        pages["alias_only"].id: State.MISSING,
    }

    _state, cells = report[pages["in_progress"].id]
    translation = Translation.objects.get(source__object_id=pages["in_progress"].translation_key)
    assert translation.get_progress() == (3, 1)
    assert '<progress max="100" value="33"' in cells
    assert in_french("%(percent)s%% translated") % {"percent": 33} in cells

    _state, cells = report[pages["out_of_date"].id]
    changed = localtime(pages["out_of_date"].last_published_at)
    assert f'<time datetime="{changed.isoformat()}">' in cells


def test_the_report_and_the_panel_are_well_formed_html_without_inline_code(admin_client, pages):
    report = admin_client.get(REPORT_URL).content.decode()
    start, end = report.index('<dl class="w-mb-8">'), report.index('<nav class="pagination"')
    assert_well_formed(report[start:end])
    dashboard = admin_client.get("/admin/").content.decode()
    start = dashboard.index('<section class="w-panel w-panel--dashboard" id="translation-status')
    end = dashboard.index("</section>", start) + len("</section>")
    assert_well_formed(dashboard[start:end])


def test_each_row_links_to_the_page_and_to_its_translation(admin_client, pages, locales):
    report = rows(admin_client.get(REPORT_URL))
    page = pages["up_to_date"]
    english = page.get_translation(locales["en"])
    _state, cells = report[page.id]
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[page.id])}"' in cells
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[english.id])}"' in cells

    # A missing page offers to start its translation from the alias, not to edit the alias.
    alias = pages["alias_only"].get_translation(locales["en"])
    _state, cells = report[pages["alias_only"].id]
    assert cells.count("href=") == 2
    assert f'href="{reverse("translations_start", args=[alias.id])}"' in cells


def test_the_report_filters_by_state_and_language(admin_client, pages):
    missing = rows(admin_client.get(REPORT_URL, {"state": "missing"}))
    assert set(missing) == {pages["missing"].id, pages["alias_only"].id}

    english = rows(admin_client.get(REPORT_URL, {"locale": "en", "state": "in_progress"}))
    assert set(english) == {pages["in_progress"].id}

    # French is the source, no target language: the filter is refused and the report whole.
    response = admin_client.get(REPORT_URL, {"locale": "fr"})
    assert '<select name="locale" aria-invalid="true"' in response.content.decode()
    assert len(rows(response)) == len(pages)


def test_a_translation_re_synchronised_with_new_strings_is_in_progress(
    pages, locales, django_capture_on_commit_callbacks
):
    page = pages["out_of_date"]
    source = Translation.objects.get(source__object_id=page.translation_key).source
    source.update_from_db()  # "Sync translated pages" without publishing
    statuses = {status.page.id: status for status in page_statuses()}
    assert statuses[page.id].state == State.IN_PROGRESS
    assert statuses[page.id].percent == 66

    # The new title translated but the translation not saved: the English page still shows the
    # old title, out of date since the synchronisation.
    segment = StringSegment.objects.get(source=source, string__data="Ancienne, revue")
    StringTranslation.objects.create(
        translation_of=segment.string, context=segment.context, locale=locales["en"], data="Old"
    )
    status = {status.page.id: status for status in page_statuses()}[page.id]
    source.refresh_from_db()
    assert (status.state, status.source_changed_at) == (State.OUT_OF_DATE, source.last_updated_at)

    # Saved as a draft, the new title is not read by visitors yet.
    Translation.objects.get(source=source).save_target(publish=False)
    status = {status.page.id: status for status in page_statuses()}[page.id]
    assert status.state == State.AWAITING_PUBLICATION

    # wagtail-localize publishes when the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source).save_target(publish=True)
    status = {status.page.id: status for status in page_statuses()}[page.id]
    assert status.state == State.UP_TO_DATE


def test_the_dashboard_counts_pages_in_each_state(admin_client, pages):
    html = admin_client.get("/admin/").content.decode()
    row = re.search(r'<tr data-locale="en">(.*?)</tr>', html, re.S).group(1)
    counts = dict(re.findall(r'<td data-state="(\w+)"><a href="[^"]*">(\d+)</a>', row))
    assert counts == {
        "missing": "2",
        "in_progress": "1",
        "out_of_date": "1",
        "awaiting_publication": "0",
        "up_to_date": "2",
    }
    assert '<progress max="6" value="2"' in row
    with override("fr"):
        summary = ngettext(
            "%(up_to_date)s of %(total)s page up to date",
            "%(up_to_date)s of %(total)s pages up to date",
            6,
        ) % {"up_to_date": 2, "total": 6}
    assert summary in row
    assert f'href="{REPORT_URL}?locale=en&amp;state=out_of_date"' in row


def test_the_report_is_in_the_reports_menu_for_any_admin_user(
    client, rf, pages, django_user_model
):
    translator = django_user_model.objects.create_user(username="traductrice", password="x")
    group = Group.objects.create(name="Traducteurs du rapport")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    translator.groups.add(group)
    request = rf.get("/admin/")
    request.user = translator
    urls = [item.url for item in reports_menu.menu_items_for_request(request)]
    assert REPORT_URL in urls

    client.force_login(translator)
    assert pages["missing"].id in rows(client.get(REPORT_URL))

    client.logout()
    assert client.get(REPORT_URL).status_code == 302  # to the admin's login


def test_the_number_of_queries_does_not_grow_with_the_pages(
    client, user_in, home, english_home, locales
):
    """The report's first page, a filtered page and its last page, and the dashboard of a
    Moderator and of an English translator (whose panel lists what waits for them), with one
    page in each state, then with twelve in each (two pages of the report)."""
    moderator, translator = user_in("Moderators"), user_in("Translators (English)")
    screens = [
        (moderator, REPORT_URL, {}),
        (moderator, REPORT_URL, {"locale": "en", "state": "in_progress"}),
        # Past the last page: Wagtail's paginator answers with the last one.
        (moderator, REPORT_URL, {"p": 2}),
        (moderator, "/admin/", {}),
        (translator, "/admin/", {}),
    ]

    def queries():
        counts = []
        for user, url, params in screens:
            client.force_login(user)
            client.get(url, params)  # warms what is cached once per process
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url, params).status_code == 200
            counts.append(len(captured))
        return counts

    def add_pages(start, stop):
        for n in range(start, stop):
            title, slug = f"Page {n}", f"page-{n}"
            StandardPageFactory(parent=home, title=f"{title} manquante", slug=f"{slug}-manquante")
            translated(home, locales, title, slug)
            in_progress(home, locales, f"{title} en cours", f"{slug}-en-cours")
            out_of_date(home, locales, f"{title} ancienne", f"{slug}-ancienne")
            awaiting_publication(home, locales, f"{title} en attente", f"{slug}-en-attente")

    add_pages(0, 1)
    assert {status.state for status in page_statuses()} == set(State)
    with_one = queries()
    add_pages(1, 12)
    assert queries() == with_one
    # 61 French pages, 50 to a page of the report.
    client.force_login(moderator)
    assert len(rows(client.get(REPORT_URL, {"p": 2}))) == 11
    in_progress_rows = rows(client.get(REPORT_URL, {"locale": "en", "state": "in_progress"}))
    assert len(in_progress_rows) == 12


def test_a_translation_edited_by_hand_is_dated_by_its_revisions(pages, locales):
    """Once its synchronisation is stopped, the English page is compared by dates alone."""
    page = pages["up_to_date"]
    Translation.objects.filter(source__object_id=page.translation_key).update(enabled=False)
    page.title = "Traduite, revue"
    page.save_revision().publish()
    page.refresh_from_db()
    status = {status.page.id: status for status in page_statuses()}[page.id]
    assert (status.state, status.source_changed_at) == (State.OUT_OF_DATE, page.last_published_at)

    page.get_translation(locales["en"]).specific.save_revision().publish()
    status = {status.page.id: status for status in page_statuses()}[page.id]
    assert status.state == State.UP_TO_DATE
