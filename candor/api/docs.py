"""The interactive API docs, served entirely from this server.

ninja's Swagger page loads its scripts from a CDN unless "ninja" is an installed app; Candor
runs on networks without Internet access, so the page here uses the Swagger UI files that
ship inside the ninja package, served by a small endpoint of the API itself.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import ninja
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from ninja import NinjaAPI, Router
from ninja.openapi.docs import DocsBase

ASSET_DIR = Path(ninja.__file__).resolve().parent / "static" / "ninja"
ASSETS = {"css": "swagger-ui.css", "bundle": "swagger-ui-bundle.js",
          "init": "swagger-ui-init.js", "icon": "favicon.svg"}

router = Router()


@router.get("/docs/assets/{name}", auth=None, include_in_schema=False, url_name="docs-asset")
def docs_asset(request: HttpRequest, name: str) -> FileResponse:
    """One Swagger UI file; the list is fixed so nothing else of the package is reachable."""
    if name not in ASSETS.values():
        raise Http404
    response = FileResponse((ASSET_DIR / name).open("rb"))
    # The files change only when ninja is upgraded; a day of caching keeps the page fast.
    response["Cache-Control"] = "public, max-age=86400"
    return response


class OfflineSwagger(DocsBase):
    """Swagger UI with every script and style sheet from this server."""

    # validatorUrl: Swagger UI would otherwise send the schema's address to
    # validator.swagger.io for a badge.
    settings: dict[str, Any] = {"layout": "BaseLayout", "deepLinking": True,
                                "validatorUrl": None}

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs: Any) -> HttpResponse:
        swagger_settings = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        namespace = api.urls_namespace
        assets = {key: reverse(f"{namespace}:docs-asset", kwargs={"name": name})
                  for key, name in ASSETS.items()}
        return render(request, "api/swagger.html", {
            "api": api,
            "swagger_settings": json.dumps(swagger_settings),
            "assets": assets,
        })
