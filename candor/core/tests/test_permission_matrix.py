"""Every URL name × every persona → the status a user gets (STYLE.md, after pretix).

Adding a URL without adding it here fails `test_it_covers_every_url`.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import candor
from candor.accounts.models import ApiToken
from candor.core.permission_matrix import ALL, HR_ONLY, POST_ONLY_LOGGED_IN, Case
from candor.core.testing import PERSONA_NAMES, Personas


def _token_pk(p: Personas) -> list:
    token = ApiToken.objects.create(user=p.employee.user, name="t", token_hash="x" * 64,
                                    hint="cnd_xxxxxx")
    return [token.pk]


CORE_CASES: dict[str, Case] = {
    "core:home": Case(ALL),
    "core:access_log": Case(HR_ONLY),
    "core:access_log_export": Case(HR_ONLY),
    "accounts:login": Case({n: 302 for n in PERSONA_NAMES} | {"anonymous": 200}),
    "accounts:logout": Case({n: 302 for n in PERSONA_NAMES}, method="post"),
    "accounts:password_change": Case(ALL),
    "accounts:set_language": Case({n: 302 for n in PERSONA_NAMES}, method="post",
                                  data={"language": "en", "next": "/"}),
    "accounts:tokens": Case(ALL),
    "accounts:token_revoke": Case(POST_ONLY_LOGGED_IN, args=_token_pk),
    "org:chart": Case(ALL),
    "org:department": Case(ALL, args=lambda p: [p.tech.pk]),
    "org:department_create": Case(HR_ONLY),
    "org:department_edit": Case(HR_ONLY, args=lambda p: [p.tech.pk]),
    "org:employees": Case(ALL),
    "org:employees_export": Case(ALL),
    "org:employee": Case(
        {"anonymous": 302, "employee": 200, "manager": 200, "second_line": 200,
         "outsider": 404, "hr": 200, "committee": 404, "admin": 200},
        args=lambda p: [p.employee.pk],
    ),
    "org:employee_create": Case(HR_ONLY),
    "org:employee_edit": Case(HR_ONLY, args=lambda p: [p.employee.pk]),
    "org:employee_set_active": Case(
        HR_ONLY | {"hr": 302, "admin": 302}, args=lambda p: [p.employee.pk],
        method="post", data={"active": "0"},
    ),
    "org:catalogue": Case(HR_ONLY),
    "org:position_create": Case(HR_ONLY),
    "org:position_edit": Case(HR_ONLY, args=lambda p: [p.employee.position_id]),
    "org:sequence_create": Case(HR_ONLY),
    "org:sequence_edit": Case(HR_ONLY, args=lambda p: [p.employee.position.sequence_id]),
    "org:roster_import": Case(HR_ONLY),
    "org:roster_template": Case(HR_ONLY),
}



def _app_cases() -> dict[str, Case]:
    """Cases that each app declares in its tests/permission_cases.py."""
    cases: dict[str, Case] = {}
    for app in pkgutil.iter_modules(candor.__path__):
        try:
            module = importlib.import_module(f"candor.{app.name}.tests.permission_cases")
        except ModuleNotFoundError:
            continue
        cases |= module.CASES
    return cases


MATRIX: dict[str, Case] = CORE_CASES | _app_cases()

# Django's own admin and the API (tested by status in candor/api/tests) are outside the
# HTML matrix; the API has its own matrix of endpoints.
EXCLUDED_NAMESPACES = {"admin", "api"}


def _url_names(resolver: URLResolver | None = None, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace
            if ns in EXCLUDED_NAMESPACES:
                continue
            names |= _url_names(pattern, f"{prefix}{ns}:" if ns else prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(prefix + pattern.name)
    return names


def test_it_covers_every_url():
    assert _url_names() == set(MATRIX), "add new URLs to the permission matrix"


@pytest.mark.parametrize("persona", PERSONA_NAMES)
@pytest.mark.parametrize("url_name", sorted(MATRIX))
def test_it_answers_each_persona(url_name: str, persona: str, personas, client_for):
    case = MATRIX[url_name]
    url = reverse(url_name, args=case.args(personas))
    client = client_for(persona)
    data = case.data(personas) if callable(case.data) else case.data
    response = getattr(client, case.method)(url, data)
    assert response.status_code == case.expected[persona], (
        f"{case.method.upper()} {url} as {persona}: {response.status_code}"
    )
