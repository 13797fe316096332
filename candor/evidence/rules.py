"""Who may write evidence about whom, on top of the read scopes in `candor.access`.

Reading goes through `candor.access` (visible_key_events, visible_check_ins …). Writing
evidence about a person is narrower than seeing them: the manager line and HR in scope may,
the person themself may not (nobody logs key events or check-ins about themselves).
The write rule itself is `candor.access.can_record_evidence`.
"""

from __future__ import annotations

from candor import access
from candor.org.models import Employee


def reviews_others(user) -> bool:
    """Managers and HR look at other people's evidence; plain employees only at their own."""
    scope = access.scope_for(user)
    return scope.is_manager or scope.is_hr or scope.sees_everyone


def is_self(user, employee: Employee) -> bool:
    return access.scope_for(user).employee_id == employee.pk
