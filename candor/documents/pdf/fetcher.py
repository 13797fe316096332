"""What WeasyPrint may load while printing: data: URLs and the project's own static files.

A record or a plan contains text people typed; a template or a value that smuggles in an
<img src="http://…"> must not make the server call out (a leak of who prints what, and a
request forgery from inside the network). Everything else is refused with ValueError,
which WeasyPrint reports as a warning and prints without the resource.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.apps import apps
from django.conf import settings
from weasyprint.urls import URLFetcher, URLFetcherResponse


def static_roots() -> list[Path]:
    """The static directories of the project's own apps, and STATICFILES_DIRS."""
    base = Path(settings.BASE_DIR).resolve()
    roots = [Path(app.path).resolve() / "static" for app in apps.get_app_configs()]
    roots = [root for root in roots if root.is_relative_to(base) and root.is_dir()]
    for entry in getattr(settings, "STATICFILES_DIRS", ()):
        roots.append(Path(entry[1] if isinstance(entry, tuple) else entry).resolve())
    return roots


class ProjectOnlyFetcher(URLFetcher):
    """Serves data: URLs and files under `roots`; refuses (and remembers) anything else."""

    def __init__(self, roots: list[Path] | None = None) -> None:
        super().__init__(timeout=5, allowed_protocols=("data", "file"), allow_redirects=False)
        self.roots = roots if roots is not None else static_roots()
        self.refused: list[str] = []

    def allows(self, url: str) -> bool:
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return True
        if scheme != "file":
            return False
        path = Path(url2pathname(urlsplit(url).path)).resolve()
        return path.is_file() and any(path.is_relative_to(root) for root in self.roots)

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        if not self.allows(url):
            self.refused.append(url)
            raise ValueError(f"Candor prints without outside resources: {url}")
        return super().fetch(url, headers)
