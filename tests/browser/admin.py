"""What people do in Wagtail's admin, as the browser tests do it: sign in, translate a segment
in wagtail-localize's editor, submit a translation for moderation."""

from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

# The translation editor is a React app that loads its data after the page: be patient.
SLOW = 20_000


def admin_user(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username=username, password="not-a-secret")
    user.groups.add(Group.objects.get(name=group_name))
    # The admin in English, whatever the browser asks for, so that labels are predictable.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def log_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(live_server.url + "/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("not-a-secret")
    page.locator("form").get_by_role("button").last.click()
    expect(page).to_have_url(live_server.url + "/admin/")


def translate(segment, text):
    """Open a segment of the translation editor, type `text`, save it."""
    segment.get_by_role("button", name="Translate").or_(
        segment.get_by_role("button", name="Edit")
    ).click(timeout=SLOW)
    segment.get_by_role("textbox").fill(text)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_text(text, exact=True)).to_be_visible(timeout=SLOW)
    expect(segment.get_by_text("Saving...")).to_have_count(0, timeout=SLOW)


def add_child_page(page, parent_title):
    """Pages menu, the French home, then `parent_title`'s row menu: Add child page (a parent
    that takes one page type opens its form without asking for one)."""
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="Accueil", exact=True).click()
    page.get_by_role("button", name=f"More options for '{parent_title}'").click()
    page.get_by_role("link", name="Add child page").last.click()


def submit_for_moderation(page, title):
    """From the translation editor's breadcrumb to the English home's explorer, then the
    page's menu."""
    home = page.get_by_label("Breadcrumb").get_by_role("link", name="Home")
    page.get_by_role("button", name="Toggle breadcrumbs").hover()
    home.click()
    page.get_by_role("button", name=f"More options for '{title}'").click()
    page.get_by_role("link", name="Submit translation for moderation").click()
    page.get_by_role("button", name="Submit for moderation").click()
    expect(page.get_by_text("was submitted for moderation")).to_be_visible()


def report_row(page, french):
    """Reports → Translation status, from the sidebar: the row of `french`'s English."""
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("list", name="Reports").get_by_role("link", name="Translation status").click()
    return page.locator(f'tr[data-page="{french.id}"][data-locale="en"]')


def approve_from_dashboard(page, title):
    """A moderator approves `title` from the dashboard's "Awaiting your review"."""
    review = page.locator("section", has=page.get_by_role("heading", name="Awaiting your review"))
    row = review.locator("tr", has_text=title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_text("Awaiting your review")).to_have_count(0, timeout=SLOW)
