"""Writes for setting a period up: grade scales, periods, templates, goals, confirmation,
and the company's ability and attitude items."""

from candor.periods.setup.services.abilities import (  # noqa: F401
    save_ability_item,
    set_ability_item_active,
)
from candor.periods.setup.services.goal_templates import (  # noqa: F401
    delete_template,
    save_template,
)
from candor.periods.setup.services.goals import (  # noqa: F401
    GOALS_EDITABLE,
    AssignResult,
    assign_goals_from_templates,
    confirm_goals,
    delete_goal,
    save_goal,
)
from candor.periods.setup.services.messages import (  # noqa: F401
    band_message,
    scoring_message,
    weights_message,
)
from candor.periods.setup.services.periods import (  # noqa: F401
    advance_period,
    next_status,
    open_period,
    update_period,
)
from candor.periods.setup.services.rules import (  # noqa: F401
    goal_set_problems,
    goals_digest,
    weight_total,
)
from candor.periods.setup.services.scales import (  # noqa: F401
    company_grade_scale,
    copy_scale,
    save_bands,
)
