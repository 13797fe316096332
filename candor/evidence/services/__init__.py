"""Every state change to evidence: key events, check-ins, 360° feedback.

Personnel facts are written by `candor.evidence.facts_import`.
"""

from candor.evidence.services.check_ins import log_check_in  # noqa: F401
from candor.evidence.services.feedback import (  # noqa: F401
    answer_feedback,
    decline_feedback,
    ensure_default_questionnaire,
    request_feedback,
)
from candor.evidence.services.key_events import (  # noqa: F401
    cite_key_event,
    delete_key_event,
    record_key_event,
    update_key_event,
)
