"""One Excel import for every kind of data HR loads: goals, actual values, personnel facts.

A kind (candor.documents.imports.kinds) declares its columns, its rules and how it
writes; the engine gives each the same template, whole-file check, row-and-column report,
all-or-nothing write and idempotent re-import.
"""

from candor.documents.imports.engine import ParsedFile, check, parse_file, run_import
from candor.documents.imports.kind import Field, Kind, Problem, Row, Unique
from candor.documents.imports.report import ImportReport, RowOutcome
from candor.documents.imports.template import build_template

__all__ = ["Field", "ImportReport", "Kind", "ParsedFile", "Problem", "Row", "RowOutcome",
           "Unique", "build_template", "check", "parse_file", "run_import"]
