"""Permission cases of the interviews app, one file per view module."""

from candor.interviews.tests.permission_cases_appeals import CASES as APPEALS
from candor.interviews.tests.permission_cases_preparation import CASES as PREPARATION
from candor.interviews.tests.permission_cases_record import CASES as RECORD
from candor.interviews.tests.permission_cases_scheduling import CASES as SCHEDULING

CASES = [*SCHEDULING, *PREPARATION, *RECORD, *APPEALS]
