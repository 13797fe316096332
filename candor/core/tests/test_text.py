"""Punctuation follows the reader's language: lists, labels and bracketed notes built in code
or templates read 张伟、王强 in Chinese and 张伟, 王强 in English, and no template leaves
Chinese text outside a translation tag."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from candor.core.text import join_list, join_names, labelled, with_note

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# Each language is named in itself on the switch, whatever language the page is in.
ALLOWED_OUTSIDE_TAGS = {"简体中文"}


@pytest.mark.parametrize(("language", "expected"), [
    ("zh-hans", ["张伟、王强", "张伟、王强 等 3 人", "部门：技术部", "张伟（E001）"]),
    ("en", ["张伟, 王强", "张伟, 王强 and others (3 people in total)", "部门: 技术部",
            "张伟 (E001)"]),
])
def test_it_joins_with_the_punctuation_of_the_active_language(language, expected):
    with translation.override(language):
        assert [join_list(["张伟", "王强"]), join_names(["张伟", "王强", "李娜"], 2),
                labelled("部门", "技术部"), with_note("张伟", "E001")] == expected


def test_an_employee_reads_name_and_number_in_the_readers_language(personas):
    employee = personas.employee
    with translation.override("en"):
        assert str(employee) == f"张伟 ({employee.employee_no})"
    with translation.override("zh-hans"):
        assert str(employee) == f"张伟（{employee.employee_no}）"


def test_the_department_page_in_english_has_no_chinese_punctuation_around_the_head(
        personas, client_for):
    client = client_for("hr")
    client.post(reverse("accounts:set_language"), {"language": "en"})
    page = client.get(reverse("org:department", args=[personas.tech.pk])).content.decode()
    assert "Head: " in page and "负责人" not in page and "：" not in page


def _outside_translation_tags(source: str) -> str:
    source = re.sub(r"\{%\s*blocktranslate.*?\{%\s*endblocktranslate\s*%\}", "", source,
                    flags=re.S)
    source = re.sub(r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}", "", source, flags=re.S)
    source = re.sub(r"\{#.*?#\}", "", source)
    return re.sub(r"""\{%\s*translate\s+(".*?"|'.*?').*?%\}""", "", source)


def test_no_template_has_chinese_outside_a_translation_tag():
    root = Path(settings.BASE_DIR) / "candor"
    stray = {}
    for path in sorted(root.rglob("*.html")):
        rest = _outside_translation_tags(path.read_text(encoding="utf-8"))
        for allowed in ALLOWED_OUTSIDE_TAGS:
            rest = rest.replace(allowed, "")
        found = CJK.findall(rest)
        if found:
            stray[str(path.relative_to(root))] = "".join(found)
    assert stray == {}
