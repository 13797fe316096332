"""The REST API at /api/v1/ (django-ninja); routers live one module per domain.

Every endpoint accepts a personal API token or the browser session (see `auth`); the
OpenAPI schema is at /api/v1/openapi.json and the docs, served offline, at /api/v1/docs.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from candor.api import docs, documents, evidence, interviews, org, periods, plans
from candor.api.auth import api_auth
from candor.api.errors import install_error_handlers


class Utf8JSONRenderer(JSONRenderer):
    """Chinese names and messages as text, not \\u escapes: readable in logs and curl."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="Candor API",
    version="1",
    description=_("Candor 绩效面谈系统的 REST 接口。使用个人 API 令牌"
                  "（Authorization: Bearer cnd_…）或已登录的浏览器会话调用，"
                  "可见范围与界面上相同。"),
    urls_namespace="api",
    auth=api_auth(),
    docs=docs.OfflineSwagger(),
    renderer=Utf8JSONRenderer(),
)
install_error_handlers(api)
api.add_router("", docs.router)
api.add_router("", org.router)
api.add_router("", periods.router)
api.add_router("", evidence.router)
api.add_router("", interviews.router)
# before plans: its /plans/{plan_id} would otherwise take /plans/{plan_id}.pdf
api.add_router("", documents.router)
api.add_router("", plans.router)
