"""The REST API at /api/v1/ (django-ninja); routers live one module per domain."""

from __future__ import annotations

from ninja import NinjaAPI

api = NinjaAPI(title="Candor API", version="1", urls_namespace="api")
