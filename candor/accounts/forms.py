from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from candor.access.logging import client_ip
from candor.accounts import throttle


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's login form, refusing early while the username or address is locked."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("用户名或密码不正确。"),
        "inactive": _("该账户已停用。"),
        "locked": ngettext_lazy("登录失败次数过多，请 %(minutes)s 分钟后再试。",
                                "登录失败次数过多，请 %(minutes)s 分钟后再试。", "minutes"),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip = client_ip(self.request)
        if username and throttle.is_locked(username=username, ip_address=ip):
            raise forms.ValidationError(
                self.error_messages["locked"], code="locked",
                params={"minutes": throttle.lock_minutes()},
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if username:
                throttle.record_failure(username=username, ip_address=ip)
            raise
        throttle.clear_failures(username=username)
        return cleaned


class LanguageForm(forms.Form):
    language = forms.ChoiceField(choices=settings.LANGUAGES)
    next = forms.CharField(required=False)
