"""A document as a PDF: the HTML/CSS print template, laid out by WeasyPrint on A4.

The font is the system's Noto Sans CJK SC (Debian's fonts-noto-cjk, found by fontconfig),
so Chinese prints as characters, not boxes, and nothing is fetched to print it.
"""

from __future__ import annotations

import logging

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from weasyprint import HTML

from candor.documents.data.blocks import Document, page_label_parts
from candor.documents.pdf.fetcher import ProjectOnlyFetcher

TEMPLATE = "documents/print/document.html"

# WeasyPrint reports each layout step at INFO: seven lines per download in the server log.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def _css_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
    return '"' + escaped.replace("<", "\\3c ").replace(">", "\\3e ") + '"'


def page_counter() -> SafeString:
    """The footer's CSS content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"."""
    pieces = []
    for kind, literal in page_label_parts():
        pieces.append(_css_string(literal) if kind == "text" else f"counter({kind})")
    # safe: every literal is CSS-escaped above, so nothing can close the style element
    return mark_safe(" ".join(pieces))


def html_for(document: Document) -> str:
    return render_to_string(TEMPLATE, {"document": document, "page_counter": page_counter()})


def html_to_pdf(html: str, *, fetcher: ProjectOnlyFetcher | None = None) -> bytes:
    """Print HTML without a base URL: relative links resolve to nothing, outside ones are
    refused by the fetcher."""
    return HTML(string=html, base_url=None,
                url_fetcher=fetcher or ProjectOnlyFetcher()).write_pdf()


def render(document: Document) -> bytes:
    """The PDF file's bytes."""
    return html_to_pdf(html_for(document))
