"""Importing attendance, reward/penalty and training records from Excel (R2.7).

The whole file or nothing: every row is checked first and every problem is reported by
row and column; only a clean file is written. A fact is identified by employee, kind,
date and title, so importing the same file again changes nothing. The columns and rules
are the personnel facts kind's (candor.documents.imports.kinds.facts); reading, checking,
the template and the report are the shared import engine's.
"""

from __future__ import annotations

from typing import IO

from candor.documents.imports import ImportReport, ParsedFile, parse_file, run_import
from candor.documents.imports import build_template as _template
from candor.documents.imports.kinds.facts import FactsInvalid, FactsKind

__all__ = ["COLUMNS", "MAX_ROWS", "MAX_UPLOAD_BYTES", "SHEET_NAME", "FactsInvalid",
           "ParsedFacts", "build_template", "import_facts", "parse_facts"]

SHEET_NAME = FactsKind.sheet_name
COLUMNS = FactsKind.columns
MAX_ROWS = FactsKind.max_rows
MAX_UPLOAD_BYTES = FactsKind.max_bytes
ParsedFacts = ParsedFile


def parse_facts(file: IO[bytes]) -> ParsedFile:
    """The rows of the 人事记录 sheet (else the first sheet), or FactsInvalid."""
    return parse_file(FactsKind, file)


def import_facts(*, parsed: ParsedFile, actor) -> ImportReport:
    """Create new facts and update changed ones; refuse the whole file on any problem."""
    return run_import(FactsKind(actor=actor), parsed=parsed)


def build_template() -> bytes:
    """An empty sheet with the columns, and a sheet explaining how to fill it."""
    return _template(FactsKind(actor=None))
