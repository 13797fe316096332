"""The one place that decides who may see and change what.

Every view, API endpoint, export and e-mail asks this package; nothing else filters by
role. Import the public names from here: `from candor import access`.
"""

from candor.access.logging import log_access  # noqa: F401
from candor.access.scopes import (  # noqa: F401
    Scope,
    can_browse_access_log,
    can_manage_org,
    department_subtree_ids,
    get_employee_for,
    get_managed_employee_for,
    managed_employees,
    scope_for,
    scope_queryset,
    visible_employees,
)
