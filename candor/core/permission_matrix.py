"""Building blocks for the permission matrix (every URL name × every persona).

Each app lists its URLs in `candor/<app>/tests/permission_cases.py` as `CASES: dict[str, Case]`;
`candor/core/tests/test_permission_matrix.py` gathers them and fails on any URL not listed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from candor.core.testing import PERSONA_NAMES, Personas

ALL = {name: 200 for name in PERSONA_NAMES} | {"anonymous": 302}
HR_ONLY = {name: 404 for name in PERSONA_NAMES} | {"anonymous": 302, "hr": 200, "admin": 200}
POST_ONLY_LOGGED_IN = {name: 405 for name in PERSONA_NAMES} | {"anonymous": 302}


def expect(default: int, **overrides: int) -> dict[str, int]:
    """expect(404, hr=200, admin=200): anonymous is redirected to login unless overridden."""
    return {name: default for name in PERSONA_NAMES} | {"anonymous": 302} | overrides


@dataclass
class Case:
    expected: dict[str, int]
    args: Callable[[Personas], list] = field(default=lambda p: [])
    method: str = "get"
    data: dict | Callable[[Personas], dict] = field(default_factory=dict)
