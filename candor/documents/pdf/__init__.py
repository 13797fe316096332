"""Documents as PDF (WeasyPrint): the same documents as the Word files, from print templates."""

from candor.documents.pdf.render import render

__all__ = ["render"]
