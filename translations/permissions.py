"""Translators' rights on the main menu and the footer: their own language's copy only.

The menu and the footer have one copy per language, and a model permission such as "change
main menu" covers every copy. Held only through translator groups, a permission covers the
copies in those groups' languages (publishing.groups.TRANSLATED_LANGUAGES): an English
translator translates the English menu and cannot touch the French one, its source. Held
otherwise (Editors, Moderators, a user's own permissions, superusers), it covers every copy.
The views that ask it are in navigation.py.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from publishing.groups import TRANSLATED_LANGUAGES


class OwnLanguagePermissionPolicy(ModelPermissionPolicy):
    def languages(self, user, action):
        """The languages of the copies on which `user` may do `action`: None for every one."""
        if not self.user_has_permission(user, action):
            return set()
        if user.is_superuser or self._get_permission_name(action) in user.get_user_permissions():
            return None
        permissions = self._get_permission_objects_for_actions([action])
        granting = set(
            user.groups.filter(permissions__in=permissions).values_list("name", flat=True)
        )
        if not granting <= TRANSLATED_LANGUAGES.keys():
            return None
        return set().union(*(TRANSLATED_LANGUAGES[name] for name in granting))

    def user_has_permission_for_instance(self, user, action, instance):
        languages = self.languages(user, action)
        return languages is None or instance.locale.language_code in languages

    def instances_user_has_any_permission_for(self, user, actions):
        instances = self.model._default_manager.all()
        languages = set()
        for action in actions:
            action_languages = self.languages(user, action)
            if action_languages is None:
                return instances
            languages |= action_languages
        return instances.filter(locale__language_code__in=languages)

    def users_with_any_permission_for_instance(self, actions, instance):
        permissions = self._get_permission_objects_for_actions(actions)
        other_translators = [
            name
            for name, languages in TRANSLATED_LANGUAGES.items()
            if instance.locale.language_code not in languages
        ]
        granting = Group.objects.filter(permissions__in=permissions).exclude(
            name__in=other_translators
        )
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(user_permissions__in=permissions)
                | Q(groups__in=granting),
                is_active=True,
            )
            .distinct()
        )
