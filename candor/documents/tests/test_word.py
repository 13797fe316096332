"""The Word files: the record laid out like the paper form (seed 004), the plan and the pack,
in real tables with the stored values, Chinese fonts Word uses, and the seal at the end."""

from __future__ import annotations

import datetime as dt

from django.utils import translation
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from candor.documents import word
from candor.documents.data.pack import pack_document
from candor.documents.data.plan import plan_document
from candor.documents.data.record import record_document
from candor.documents.tests.print_factories import (
    body_texts,
    cells,
    open_docx,
    prepared,
    table_with,
    with_addendum,
)
from candor.interviews.models import RecordSection
from candor.interviews.tests.factories import COMPLETE_RECORD, sealed, submitted
from candor.plans.tests.factories import make_plan


def _record_docx(record):
    return open_docx(word.render(record_document(record)))


def test_it_lays_out_the_record_like_the_paper_form(personas):
    doc = _record_docx(sealed(personas))
    assert doc.paragraphs[0].text == "绩效面谈记录与改进措施表"
    header = cells(table_with(doc, "面谈对象"))
    assert header[0][1].startswith("张伟（岗位：") and header[0][2] == "面谈主管"
    assert header[0][3].startswith("王强（岗位：")
    assert [row[0] for row in header] == ["面谈对象", "面谈时间", "绩效周期", "面谈类型",
                                          "记录状态"]
    assert "■定期绩效面谈" in header[3][1] and "□绩效改进面谈" in header[3][1]
    assert header[1][1].startswith("2026-10-19 10:00–11:00")

    goals = cells(table_with(doc, "核心目标"))
    assert goals[0] == ["核心目标", "目标值", "完成值", "达成率", "评估等级", "得分",
                        "备注（关键事件 / 数据）"]
    assert [row[0] for row in goals[1:4]] == ["利润", "任务完成数", "日常表现"]
    assert goals[1][1] == "3200万元"
    assert "总分 109" in goals[-1][0] and "等级 优-" in goals[-1][0]
    assert "奖金系数 ×1.1" in goals[-1][0]

    assert cells(table_with(doc, "具体事例"))[1] == [
        "客户沟通主动", "9 月主动回访 12 家重点客户，续约 10 家。"]
    assert cells(table_with(doc, "问题描述"))[1] == [
        "测试覆盖不足", "测试环境不够用", "排期时没有预留测试时间"]
    measure = COMPLETE_RECORD["measures"]["items"][0]
    row = cells(table_with(doc, "行动步骤"))[1]
    assert row[:4] == [measure["measure"], measure.get("steps") or "—", measure["owner"],
                       measure["deadline"]]
    assert measure["support"] in row[4] and row[5] == (measure.get("checkpoints") or "—")
    assert cells(table_with(doc, "承诺内容"))[1] == ["安排 IT 测试环境", "王强", "2026-11-15"]
    assert cells(table_with(doc, "衡量标准"))[1] == ["利润 3500 万元", "季度财报", "2026-12-31"]
    texts = body_texts(doc)
    assert "本期等级为优-。" in texts and "同意记录内容。" in texts


def test_it_numbers_the_parts_in_the_forms_order(personas):
    doc = _record_docx(sealed(personas))
    headings = [p.text for p in doc.paragraphs if p.text.startswith("（")]
    assert headings[:7] == ["（一）绩效目标回顾与评估", "（二）主要成绩与优势",
                            "（三）存在不足与问题分析", "（四）达成一致与分歧", "（五）改进措施",
                            "（六）资源与支持承诺", "（七）下期目标"]
    assert headings[-1].endswith("员工意见")


def test_it_ends_a_sealed_record_with_signatures_and_hash_kept_together(personas):
    record = sealed(personas)
    doc = _record_docx(record)
    texts = body_texts(doc)
    after = texts[texts.index("签字确认"):]
    assert record.content_hash in after and str(record.chain_index) in after
    signers = cells(table_with(doc, "签字人"))
    assert [row[:2] for row in signers[1:]] == [["员工", "张伟"], ["直属上级", "王强"]]
    assert all(row[2].startswith("20") for row in signers[1:])
    # Word moves the block to a new page as a whole when it does not fit: every paragraph
    # of it keeps with the next, and no row of its tables splits.
    body = list(doc.element.body.iterchildren())
    start = next(i for i, e in enumerate(body) if e.tag == qn("w:p")
                 and Paragraph(e, doc).text == "签字确认")
    closing = body[start:-1]  # the last element is the section properties
    paragraphs = [p for e in closing for p in ([e] if e.tag == qn("w:p") else
                                                e.iter(qn("w:p")))]
    assert all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in paragraphs)
    rows = [row for e in closing if e.tag == qn("w:tbl") for row in e.iter(qn("w:tr"))]
    assert len(rows) >= 7
    assert all(row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in rows)
    assert not any(p.paragraph_format.page_break_before for p in doc.paragraphs)


def test_it_prints_addenda_after_the_signatures_and_before_the_seal(personas):
    record = with_addendum(sealed(personas), personas.hr.user)
    texts = body_texts(_record_docx(record))
    assert texts.index("签字确认") < texts.index("补充说明") < texts.index("归档验证")
    assert "11 月补充：培训预算已批复。" in texts
    assert texts.index(record.content_hash) > texts.index("11 月补充：培训预算已批复。")


def test_it_says_an_unsealed_record_is_not_final_and_keeps_it_on_one_flow(personas):
    doc = _record_docx(submitted(personas))
    texts = body_texts(doc)
    assert "双方尚未签字。" in texts
    assert any("尚未签字归档" in t for t in texts)
    assert "归档验证" not in texts


def test_it_prints_the_previous_plans_final_statuses_as_labels(personas):
    record = submitted(personas)
    RecordSection.objects.create(record=record, key="previous_plan", content={"items": [
        {"measure_id": 1, "measure": "上季度的课程", "final_status": "done",
         "comment": "按期完成"}]})
    doc = _record_docx(record)
    assert cells(table_with(doc, "上期措施"))[1] == ["上季度的课程", "已完成", "按期完成"]
    assert "（八）上期改进计划完成情况" in [p.text for p in doc.paragraphs]


def test_it_names_a_chinese_font_for_east_asian_text(personas):
    doc = _record_docx(submitted(personas))
    fonts = doc.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "Noto Sans CJK SC"
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(
        f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert defaults.get(qn("w:eastAsia")) == "Noto Sans CJK SC"
    font_table = next(p for p in doc.part.package.iter_parts()
                      if str(p.partname) == "/word/fontTable.xml").blob.decode()
    assert 'w:name="Noto Sans CJK SC"><w:altName w:val="SimSun"/>' in font_table


def test_it_prints_on_a4_with_page_numbers_and_repeated_table_headers(personas):
    doc = _record_docx(submitted(personas))
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    footer = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    assert "第 " in footer and " 页 / 共 " in footer
    goals = table_with(doc, "核心目标")
    assert goals.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_it_writes_the_labels_in_the_readers_language(personas):
    record = submitted(personas)
    with translation.override("en"):
        doc = open_docx(word.render(record_document(record)))
    assert doc.paragraphs[0].text == "Performance interview record and improvement measures"
    assert "Basic information" in [p.text for p in doc.paragraphs]
    assert cells(table_with(doc, "Employee interviewed"))[0][1].startswith("张伟")


def test_it_lays_out_the_improvement_plan(personas):
    plan = make_plan(personas)
    doc = open_docx(word.render(plan_document(personas.manager.user, plan,
                                              today=dt.date(2026, 10, 20))))
    assert doc.paragraphs[0].text == "绩效改进计划表"
    measures = cells(table_with(doc, "行动步骤"))
    assert measures[0] == ["序号", "措施", "行动步骤", "负责人", "完成期限", "所需支持", "状态"]
    assert measures[1][1:6] == ["每月完成 1 门数据分析课程",
                                "报名公司数据分析课程；每周学习 3 小时", "张伟", "2026-12-31",
                                "培训：数据分析课程培训预算"]
    assert measures[1][6] == "未开始"
    points = cells(table_with(doc, "检查内容"))
    assert [row[1:3] for row in points[1:]] == [["2026-11-05", "复核样本"],
                                                ["2026-11-20", "提交初稿"],
                                                ["2026-12-10", "评审初稿"]]
    commitments = cells(table_with(doc, "兑现期限"))
    assert commitments[1][:4] == ["安排 IT 测试环境", "王强", "2026-11-15", "待兑现"]


def test_it_lays_out_the_preparation_pack_for_the_manager(personas):
    interview = prepared(personas)
    doc = open_docx(word.render(pack_document(personas.manager.user, interview)))
    texts = body_texts(doc)
    assert doc.paragraphs[0].text == "面谈准备资料"
    assert any(t.startswith("内部资料") for t in texts)
    goals = cells(table_with(doc, "指标"))
    assert [row[0] for row in goals[1:4]] == ["利润", "任务完成数", "日常表现"]
    assert goals[4][0].startswith("总分 109")
    assert "完成了利润目标，按时上线两个版本。" in texts
    assert "1. 晋升标准是什么？\n2. 培训预算何时批？\n3. 测试环境何时到位？" in texts
    assert cells(table_with(doc, "预计的分歧"))[1] == ["任务完成数的统计口径", "系统导出的任务清单"]
    assert "容易辩解、情绪化" in texts and "先讲事实，再听员工解释。" in texts
    checklist = next(t for t in texts if "已预订安静" in t)
    assert checklist.startswith("■ ") and "□ 已阅读员工的自我评估" in checklist
