"""The moderation workflow: Editors submit, Moderators approve, in every language.

One workflow, "Moderators approval", whose one task the Moderators group approves. It is
assigned to the root page: Wagtail looks a page's workflow up among its ancestors, so the root
covers each language's tree, homes created later included, with no signal to attach it. The
main menu and the footer go through the same workflow (a snippet's workflow is assigned to its
model). Wagtail's own migrations make this workflow on a new database; the data migration
makes sure it is there and right, whatever happened to the database since.

Who may change what: page rights belong to each language's tree (groups.py);
the rights below are on models, so they cover every language at once, except for translators:
the menu's and footer's permission policy limits theirs to their own language's copy
(translations/permissions.py). English translators translate the English menu and footer and
save their work; Moderators publish it.
"""

from django.apps import apps as global_apps

from .groups import EDITORS, MODERATORS, TRANSLATORS_EN

WORKFLOW = "Moderators approval"
MODERATED_SNIPPETS = [("home", "mainmenu"), ("home", "footer")]

# (app_label, model, action) per group. Editors change the menu and footer and submit them;
# Moderators publish them. Both keep the redirects that visitors' old links need, tune the site
# settings and read the contact form's messages (contact_messages.py). English translators
# change the English menu and footer only.
MODEL_PERMISSIONS = {
    EDITORS: [
        ("home", "mainmenu", "change"),
        ("home", "footer", "change"),
        ("wagtailredirects", "redirect", "add"),
        ("wagtailredirects", "redirect", "change"),
        ("wagtailredirects", "redirect", "delete"),
        ("home", "sitesettings", "change"),
        ("wagtailforms", "formsubmission", "view"),
    ],
    MODERATORS: [
        ("home", "mainmenu", "change"),
        ("home", "mainmenu", "publish"),
        ("home", "footer", "change"),
        ("home", "footer", "publish"),
        ("wagtailredirects", "redirect", "add"),
        ("wagtailredirects", "redirect", "change"),
        ("wagtailredirects", "redirect", "delete"),
        ("home", "sitesettings", "change"),
        ("wagtailforms", "formsubmission", "view"),
    ],
    TRANSLATORS_EN: [
        ("home", "mainmenu", "change"),
        ("home", "footer", "change"),
    ],
}


def content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def set_up_moderation(*, apps=global_apps):
    """Make the workflow, assign it to the root page and the moderated snippets, and grant the
    groups their model rights. Idempotent; `apps` lets the migration pass its historical models.
    """
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    task, _created = GroupApprovalTask.objects.update_or_create(
        name=WORKFLOW,
        defaults={
            "active": True,
            "content_type": content_type(apps, "wagtailcore", "groupapprovaltask"),
        },
    )
    task.groups.set([Group.objects.get_or_create(name=MODERATORS)[0]])
    workflow, _created = Workflow.objects.update_or_create(
        name=WORKFLOW, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    for app_label, model in MODERATED_SNIPPETS:
        WorkflowContentType.objects.update_or_create(
            content_type=content_type(apps, app_label, model), defaults={"workflow": workflow}
        )

    grant_model_permissions(apps=apps)


def grant_model_permissions(*, apps=global_apps):
    """Grant each group its rights on models (MODEL_PERMISSIONS). Idempotent."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    for group_name, permissions in MODEL_PERMISSIONS.items():
        group = Group.objects.get_or_create(name=group_name)[0]
        for app_label, model, action in permissions:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type(apps, app_label, model),
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)
