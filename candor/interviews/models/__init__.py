"""Interview models, split by domain: scheduling, preparation, the record, appeals."""

from candor.interviews.models.appeals import Appeal, AppealItemKind, AppealStatus, Ruling  # noqa: F401
from candor.interviews.models.preparation import (  # noqa: F401
    Preparation,
    SelfAssessment,
    Temperament,
)
from candor.interviews.models.record import (  # noqa: F401
    Addendum,
    Correction,
    CorrectionStatus,
    Record,
    RecordChainHead,
    RecordSection,
    RecordStatus,
    Signature,
    SignerRole,
)
from candor.interviews.models.scheduling import (  # noqa: F401
    Interview,
    InterviewPolicy,
    InterviewStatus,
    InterviewType,
    Room,
)
