from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from agenda.models import EventIndexPage, EventPage
from home.models import ContactPage, HomePage, StandardPage
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage, PartnerPage
from research.models import (
    InstitutePage,
    PlatformPage,
    ProjectPage,
    ResearchIndexPage,
    ResearchProgramPage,
)


class TestPageTree(WagtailPageTestCase):
    """Editors can build the intended tree, and only that one."""

    def test_home_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_home_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ProjectPage,
                ResearchIndexPage,
                PartnerIndexPage,
                EventIndexPage,
                NewsIndexPage,
                ContactPage,
                StandardPage,
            },
        )
        sections = (
            ProjectPage,
            ResearchIndexPage,
            PartnerIndexPage,
            EventIndexPage,
            NewsIndexPage,
            ContactPage,
        )
        for section in sections:
            self.assertAllowedParentPageTypes(section, {HomePage})
            self.assertEqual(section.max_count_per_parent, 1)

    def test_research_pages_live_under_the_research_index(self):
        self.assertAllowedSubpageTypes(
            ResearchIndexPage, {ResearchProgramPage, InstitutePage, PlatformPage}
        )
        for page_type in (ResearchProgramPage, InstitutePage, PlatformPage):
            self.assertAllowedParentPageTypes(page_type, {ResearchIndexPage})
            self.assertAllowedSubpageTypes(page_type, set())

    def test_events_live_under_the_agenda(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_partners_live_under_the_partner_index(self):
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertAllowedSubpageTypes(PartnerPage, set())

    def test_standard_pages_go_under_the_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(Page, StandardPage)
