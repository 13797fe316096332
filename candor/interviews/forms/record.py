"""Forms of the record pages. They only shape input: which sections may be written, whether a
record is complete and who may sign is decided by the services."""

from __future__ import annotations

import re

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from candor.interviews import agenda, sections
from candor.interviews.services.record import EMPLOYEE_HIDDEN

ROW_FIELD = re.compile(r"^items-(\d{1,3})-([a-z_]{1,30})$")


def section_data(key: str, post: QueryDict) -> dict:
    """The editor's posted fields → the shape sections.clean() takes.

    List rows are posted as items-<row>-<column>; rows are kept in their posted order and
    empty ones are left for clean() to drop. Notes are posted as step-<agenda step>.
    """
    section = sections.BY_KEY[key]
    if key == "notes":
        return {"steps": {step.key: post.get(f"step-{step.key}", "") for step in agenda.STEPS}}
    if section.is_list:
        rows = posted_rows(key, post)
        data: dict = {"items": [rows[number] for number in sorted(rows)]}
        if section.allows_none:
            data["none"] = post.get("none") in ("on", "1", "true")
        return data
    return {column.name: post.get(column.name, "") for column in section.text_fields}


def posted_rows(key: str, post: QueryDict) -> dict[int, dict]:
    """A list section's posted rows by the number the editor gave them (empty ones too), so
    that what is shown under a row answers that row."""
    names = {column.name for column in sections.BY_KEY[key].columns}
    rows: dict[int, dict] = {}
    for name, value in post.items():
        match = ROW_FIELD.match(name)
        if match and match.group(2) in names:
            rows.setdefault(int(match.group(1)), {})[match.group(2)] = value
    return rows


def posted_version(post: QueryDict) -> int:
    """The version the editor was rendered from. A missing or garbled one never matches, so
    the save is treated as a conflict rather than as permission to overwrite."""
    try:
        return int(post.get("version", ""))
    except ValueError:
        return -1


class StyledForm(forms.Form):
    """Bootstrap classes on every widget, so templates can use the shared field partial."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.RadioSelect | forms.HiddenInput):
                continue
            widget.attrs.setdefault(
                "class", "form-select" if isinstance(widget, forms.Select) else "form-control")


class CorrectionForm(StyledForm):
    """The employee points at a section and says what is missing or misrecorded."""

    section = forms.ChoiceField(label=_("涉及部分"))
    text = forms.CharField(label=_("遗漏或记录有误的内容"), max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, kind: str, hidden: tuple[str, ...] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [
            (key, sections.section_label(key, kind)) for key in sections.KEYS
            if key not in ("employee_comments", *EMPLOYEE_HIDDEN, *hidden)]


class AnswerForm(StyledForm):
    """The manager's answer to one correction request."""

    decision = forms.ChoiceField(
        label=_("处理结果"), widget=forms.RadioSelect,
        choices=[("accept", _("已按要求更正")), ("decline", _("不采纳"))])
    response = forms.CharField(label=_("答复"), required=False, max_length=2000,
                               widget=forms.Textarea(attrs={"rows": 2}),
                               help_text=_("不采纳时请说明理由。"))


class SignForm(StyledForm):
    password = forms.CharField(
        label=_("登录密码"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("签字前请再次输入您的登录密码，确认是您本人签字。"))

    def refuse(self, message: str, *, on_password: bool) -> None:
        """A refused signature, shown in the form: a wrong password under the field,
        anything else above it; the field takes the focus so the page scrolls there."""
        self.add_error("password" if on_password else None, message)
        attrs = self.fields["password"].widget.attrs
        attrs["autofocus"] = True
        if on_password:
            attrs["class"] = "form-control is-invalid"
            attrs["aria-invalid"] = "true"


class AddendumForm(StyledForm):
    text = forms.CharField(label=_("补充内容"), max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 3}))
