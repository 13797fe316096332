"""Login, logout, password change, language switch and personal API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candor.accounts import services
from candor.accounts.forms import LanguageForm, ThrottledAuthenticationForm
from candor.accounts.models import ApiToken
from candor.core.errors import DomainError


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("core:home")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("密码已修改。"))
        return response


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Switch the interface language; remembered on the account when logged in."""
    form = LanguageForm(request.POST)
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = "/"
    if not form.is_valid():
        return redirect(target)
    language = form.cleaned_data["language"]
    if request.user.is_authenticated:
        services.set_language(user=request.user, language=language)
    request.session["candor_language"] = language
    translation.activate(language)
    response = redirect(target)
    from django.conf import settings

    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, max_age=365 * 24 * 3600,
                        samesite="Lax", secure=request.is_secure(), httponly=True)
    return response


NEW_TOKEN_KEY = "candor_new_token"


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    """Create and list tokens. The raw value is shown once, after a redirect (no re-POST)."""
    if request.method == "POST":
        try:
            _token, raw = services.create_api_token(user=request.user,
                                                    name=request.POST.get("name", ""))
        except DomainError as e:
            messages.error(request, e.message)
        else:
            request.session[NEW_TOKEN_KEY] = raw
        return redirect("accounts:tokens")
    return render(request, "accounts/tokens.html", {
        "tokens": ApiToken.objects.filter(user=request.user),
        "raw_token": request.session.pop(NEW_TOKEN_KEY, None),
    })


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = ApiToken.objects.filter(user=request.user, pk=pk).first()
    if token is None:
        raise Http404
    services.revoke_api_token(token=token, actor=request.user)
    messages.success(request, _("令牌已撤销。"))
    return redirect("accounts:tokens")
