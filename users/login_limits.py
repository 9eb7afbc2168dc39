"""Admin sign-in limits: one for an account from an address, a higher one for the address."""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum


class LoginLimits(AxesDatabaseHandler):
    """django-axes' database handler, with a limit of its own for an address.

    django-axes counts the failures of each of AXES_LOCKOUT_PARAMETERS, (account, address) then
    address, and compares the larger with AXES_FAILURE_LIMIT alone. Many people share an
    address (the faculty's network), so the address is given the higher
    LOGIN_FAILURE_LIMIT_PER_ADDRESS.
    """

    def get_failures(self, request, credentials=None):
        account, address = (
            attempts.aggregate(failures=Sum("failures_since_start"))["failures"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if address >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS:
            return max(account, settings.AXES_FAILURE_LIMIT)
        return account

    def reset_user_attempts(self, request, credentials=None):
        # A success clears its own account's failures from the address, not everyone's there:
        # one known password must not wipe out the count of a password tried on many accounts.
        account_attempts, _address_attempts = self.filter_user_attempts(request, credentials)
        deleted, _by_model = account_attempts.delete()
        return deleted
