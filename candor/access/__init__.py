"""The one place that decides who may see and change what.

Every view, API endpoint, export and e-mail asks this package; nothing else filters by
role. Import the public names from here: `from candor import access`.
"""

from candor.access.interviews import (  # noqa: F401
    can_host_override,
    can_manage_interview_settings,
    can_prepare,
    can_read_record,
    can_rule,
    can_schedule,
    can_write_record,
    get_appeal_for,
    get_interview_for,
    is_interviewee,
    visible_appeals,
    visible_interviews,
)
from candor.access.logging import log_access  # noqa: F401
from candor.access.performance import (  # noqa: F401
    MIN_FEEDBACK_ANSWERS,
    can_edit_goals,
    can_manage_periods,
    can_rate,
    can_record_evidence,
    can_see_result,
    feedback_to_answer,
    get_sheet_for,
    is_in_manager_line,
    visible_check_ins,
    visible_feedback_requests,
    visible_key_events,
    visible_sheets,
)
from candor.access.plans import (  # noqa: F401
    can_deliver,
    can_report_progress,
    can_see_training_requests,
    can_steer_plan,
    get_plan_for,
    owned_commitments,
    owned_measures,
    visible_plans,
)
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
