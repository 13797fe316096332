"""One error shape for every refusal: {"detail": <translated message>, "code": <stable code>}.

Messages follow the active language (LocaleMiddleware, so Accept-Language works); `code`
is what scripts should branch on. Validation errors keep ninja's 422 list of problems.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError

from candor.core.errors import ConcurrentEdit, DomainError

_CODES = {400: "invalid", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 409: "conflict", 429: "throttled"}


def error_response(api: NinjaAPI, request: HttpRequest, *, status: int, detail: str,
                   code: str | None = None) -> HttpResponse:
    return api.create_response(
        request, {"detail": str(detail), "code": code or _CODES.get(status, "error")},
        status=status,
    )


def install_error_handlers(api: NinjaAPI) -> None:
    """Replace ninja's English defaults with translated messages and stable codes."""

    @api.exception_handler(DomainError)
    def domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
        status = 409 if isinstance(exc, ConcurrentEdit) else 400
        return error_response(api, request, status=status, detail=exc.message, code=exc.code)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        # Never echo the reason: "not yours" and "does not exist" must look the same.
        return error_response(api, request, status=404, detail=_("未找到。"))

    @api.exception_handler(AuthenticationError)
    def unauthorized(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = error_response(
            api, request, status=401,
            detail=_("请先登录，或在请求头中提供有效的 API 令牌（Authorization: Bearer …）。"),
        )
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return error_response(api, request, status=exc.status_code, detail=exc.message)
