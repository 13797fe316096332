"""Importing actual values from Excel: the whole file is checked, then written or refused.

Columns: 工号, 姓名 (for the reader only), 指标名称, 实际值, 备注. A row whose 实际值 is
blank is skipped, so the prefilled template can be filled in part. Every other problem is
reported by Excel row and column and nothing is imported. The columns and rules are the
actuals kind's (candor.documents.imports.kinds.actuals); reading, checking and the report
are the shared import engine's.
"""

from __future__ import annotations

from typing import IO

from candor.documents.imports import ImportReport, run_import
from candor.documents.imports.kinds.actuals import ActualsInvalid, ActualsKind
from candor.periods.models import Period

__all__ = ["COLUMNS", "MAX_ROWS", "MAX_UPLOAD_BYTES", "SHEET_NAME", "ActualsInvalid",
           "import_actuals"]

SHEET_NAME = ActualsKind.sheet_name
COLUMNS = ActualsKind.columns
MAX_ROWS = ActualsKind.max_rows
MAX_UPLOAD_BYTES = ActualsKind.max_bytes


def import_actuals(*, period: Period, file: IO[bytes], actor) -> ImportReport:
    """Check the whole file, then write every changed actual at once — or nothing.

    Changed actuals take back the score of their sheet (report.extra["scores_withdrawn"]).
    """
    return run_import(ActualsKind(period=period, actor=actor), file=file)
