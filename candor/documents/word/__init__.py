"""Documents as Word files (python-docx): the record form, the plan, the preparation pack."""

from candor.documents.word.render import render

__all__ = ["render"]
