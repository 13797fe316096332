"""The actuals template: one row per goal that needs an actual value, prefilled.

HR fills in 实际值 (and 备注 if wanted) and uploads the file again; rows left blank are
skipped. The shared import engine writes it (write-only, so a 20,000-person period stays
quick), with an instructions sheet.
"""

from __future__ import annotations

from candor.documents.imports import build_template as build_kind_template
from candor.documents.imports.kinds.actuals import ActualsKind
from candor.periods.models import Period


def build_template(*, period: Period) -> bytes:
    return build_kind_template(ActualsKind(period=period, actor=None))
