"""The Word file's house style: A4 with the paper form's margins, Chinese fonts that Word
actually uses, page numbers in the footer, and table cells shaded like the form's labels.

Word picks the font for Chinese characters from the East Asian slot (w:eastAsia), not
from the font name python-docx sets; without it a Chinese document opens in a Latin font
and Word substitutes whatever it likes. The font table also names SimSun (宋体) as the
alternative, so Word on a machine without Noto falls back to a Chinese font, not boxes.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from lxml import etree

from candor.documents.data.blocks import page_label_parts

CJK_FONT = "Noto Sans CJK SC"
CJK_FALLBACK = "SimSun"  # 宋体, on every Chinese Windows
LATIN_FONT = "Arial"
BODY_SIZE = Pt(10.5)  # 五号
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN = Mm(20)
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_FILL = "E8EEF5"
FONT_TABLE = "/word/fontTable.xml"


def set_fonts(rpr) -> None:
    """Latin, East Asian and complex-script fonts on one run properties element, and the
    East Asian language so Word applies Chinese line breaking and punctuation."""
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), CJK_FONT)
    fonts.set(qn("w:cs"), LATIN_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.insert_element_before(OxmlElement("w:lang"), "w:eastAsianLayout",
                                         "w:specVanish", "w:oMath")
    lang.set(qn("w:eastAsia"), "zh-CN")


def _document_defaults(doc: DocxDocument) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr/>"
                             "</w:rPrDefault></w:docDefaults>")
        styles.insert(0, defaults)
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, rpr_default)
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(slot), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), CJK_FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def _font_table(doc: DocxDocument) -> None:
    """Declare the CJK font with SimSun as its alternative (w:altName, GB2312 charset)."""
    for part in doc.part.package.iter_parts():
        if str(part.partname) != FONT_TABLE:
            continue
        root = parse_xml(part.blob)
        for font in root.findall(qn("w:font")):
            if font.get(qn("w:name")) in (CJK_FONT, CJK_FALLBACK):
                root.remove(font)
        root.append(parse_xml(
            f'<w:font {nsdecls("w")} w:name="{CJK_FONT}"><w:altName w:val="{CJK_FALLBACK}"/>'
            '<w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
            "</w:font>"))
        root.append(parse_xml(
            f'<w:font {nsdecls("w")} w:name="{CJK_FALLBACK}"><w:altName w:val="宋体"/>'
            '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>'
            "</w:font>"))
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True)


def _page_numbers(paragraph: Paragraph) -> None:
    """第 X 页 / 共 Y 页 with Word's PAGE and NUMPAGES fields, updated when Word lays out."""
    for kind, literal in page_label_parts():
        if kind == "text":
            paragraph.add_run(literal)
            continue
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE" if kind == "page" else "NUMPAGES")
        run = OxmlElement("w:r")
        placeholder = OxmlElement("w:t")
        placeholder.text = "1"
        run.append(placeholder)
        field.append(run)
        paragraph._p.append(field)


def apply(doc: DocxDocument, *, title: str, language: str) -> None:
    """Fonts, A4 page, footer and document properties, before any content is added."""
    _document_defaults(doc)
    _font_table(doc)
    normal = doc.styles["Normal"]
    normal.font.size = BODY_SIZE
    set_fonts(normal.element.get_or_add_rPr())
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    footer = section.footer.paragraphs[0]
    footer.alignment = 1  # centre
    _page_numbers(footer)
    properties = doc.core_properties
    properties.title = title
    properties.author = "Candor"
    properties.last_modified_by = "Candor"
    properties.language = language
    properties.comments = ""


# Word refuses a file whose property elements are out of the schema's order, so each is
# inserted before the elements that must follow it.
SHD_SUCCESSORS = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                  "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
                  "w:tcPrChange")
TBL_HEADER_SUCCESSORS = ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del",
                         "w:trPrChange")
CANT_SPLIT_SUCCESSORS = ("w:trHeight", "w:tblHeader", *TBL_HEADER_SUCCESSORS)


def shade(cell, fill: str = LABEL_FILL) -> None:
    cell._tc.get_or_add_tcPr().insert_element_before(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
        *SHD_SUCCESSORS)


def _row_flag(row, tag: str, successors: tuple[str, ...]) -> None:
    trpr = row._tr.get_or_add_trPr()
    if trpr.find(qn(tag)) is None:
        flag = OxmlElement(tag)
        flag.set(qn("w:val"), "true")
        trpr.insert_element_before(flag, *successors)


def repeat_as_header(row) -> None:
    """The header row is printed again at the top of every page the table runs onto."""
    _row_flag(row, "w:tblHeader", TBL_HEADER_SUCCESSORS)


def keep_row_whole(row) -> None:
    """The row never splits across pages and stays on the page of what follows it."""
    _row_flag(row, "w:cantSplit", CANT_SPLIT_SUCCESSORS)
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True
