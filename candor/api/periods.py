"""Periods, goal sheets, goals, actuals, ratings and scores over the API.

Reads go through `candor.access` exactly as the pages do: an employee sees their own sheet
and goals but no score before release, the manager line sees its people, HR sees everyone;
reading someone else's sheet is logged. Writes call the same services as the pages. A
write the caller may not make on an object they can see answers 404, as the org API does.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import Status

from candor import access
from candor.accounts.models import User
from candor.api.org import ErrorOut
from candor.api.periods_schemas import (
    AbilityIn,
    AbilityRatingOut,
    ActualIn,
    AdvanceIn,
    AssignOut,
    ConfirmIn,
    ExplanationOut,
    GoalIn,
    GoalOut,
    GoalPatch,
    PeriodIn,
    PeriodOut,
    RatingIn,
    ScoringSummaryOut,
    SheetDetailOut,
    SheetOut,
    explanation_body,
)
from candor.core.errors import DomainError
from candor.org.models import Department
from candor.periods import selectors
from candor.periods.models import AbilityItem, Goal, GoalSheet, Period, SheetStatus
from candor.periods.results import entry
from candor.periods.results import services as results
from candor.periods.results.explain import explain_sheet
from candor.periods.setup import services as setup

router = Router(tags=["periods"])

REFUSED = {400: ErrorOut, 404: ErrorOut}
CONFLICT = {**REFUSED, 409: ErrorOut}

def _caller(request: HttpRequest) -> User:
    return request.auth  # set by candor.api.auth; anonymous calls never get this far


# ---- helpers -------------------------------------------------------------------------------

def _require_period_manager(user: User) -> None:
    """HR-only actions on an existing period answer 404 to others, like the pages."""
    if not access.can_manage_periods(user):
        raise Http404


def _period_for_hr(user: User, period_id: int) -> Period:
    _require_period_manager(user)
    return get_object_or_404(Period, pk=period_id)


def _period_out(period_id: int) -> Period:
    return Period.objects.prefetch_related("departments").get(pk=period_id)


def _departments(ids: list[int]) -> list[Department]:
    departments = list(Department.objects.filter(pk__in=ids, is_active=True))
    if len(departments) != len(set(ids)):
        raise DomainError(_("覆盖部门中有不存在或已停用的部门。"))
    return departments


def _sheet_detail(user: User, sheet: GoalSheet) -> GoalSheet:
    """The sheet with what the detail schema prints, the result cut to what `user` may see."""
    shown = access.can_see_result(user, sheet)
    goals = list(sheet.goals.all())
    for goal in goals:
        goal.api_shows_result = shown
    sheet.api_shows_result = shown
    sheet.api_goals = goals
    sheet.api_abilities = (list(sheet.abilities.select_related("item")
                                .order_by("item__kind", "item__order", "item__name"))
                           if shown else [])
    sheet.api_digest = setup.goals_digest(goals)
    editable = sheet.period.status in setup.GOALS_EDITABLE
    is_own = sheet.employee.user_id is not None and sheet.employee.user_id == user.pk
    sheet.api_can_edit_goals = editable and access.can_edit_goals(user, sheet)
    sheet.api_can_rate = (sheet.period.status in entry.ENTRY_STATUSES
                          and access.can_rate(user, sheet))
    changed = bool(sheet.confirmed_digest) and sheet.confirmed_digest != sheet.api_digest
    sheet.api_can_confirm = is_own and editable and (sheet.status == SheetStatus.DRAFT
                                                     or changed)
    return sheet


def _reload_sheet(user: User, sheet_id: int, request: HttpRequest) -> GoalSheet:
    return _sheet_detail(user, access.get_sheet_for(user, sheet_id, request=request,
                                                    what="api.goal_sheet"))


def _goal_in_scope(user: User, goal_id: int) -> Goal:
    """A goal on a sheet the caller may see, else 404 (a write is audited, not logged)."""
    goals = Goal.objects.select_related("sheet__period", "sheet__employee")
    return get_object_or_404(goals.filter(sheet__in=access.visible_sheets(user)), pk=goal_id)


def _goal_out(user: User, goal: Goal, sheet: GoalSheet) -> Goal:
    goal.api_shows_result = access.can_see_result(user, sheet)
    return goal


def _rating_sheet(user: User, sheet: GoalSheet) -> None:
    if not access.can_rate(user, sheet):
        raise Http404


# ---- periods -------------------------------------------------------------------------------

# The list views keep to builtin parameter types: @paginate wraps them, and ninja evaluates
# the (postponed) annotations in ninja.pagination's namespace, where our schemas are unknown.
@router.get("/periods", response=list[PeriodOut])
@paginate(PageNumberPagination)
def list_periods(request: HttpRequest, status: str = "") -> QuerySet:
    """HR: every period. Others: the periods with a sheet they may see, or covering the
    departments of the people they manage."""
    periods = selectors.visible_periods(_caller(request)).prefetch_related("departments")
    if status:
        periods = periods.filter(status=status)
    return periods.order_by("-start_date", "name")


@router.get("/periods/{period_id}", response={200: PeriodOut, 404: ErrorOut})
def get_period(request: HttpRequest, period_id: int) -> Period:
    return _period_out(selectors.get_period_for(_caller(request), period_id).pk)


@router.post("/periods", response={201: PeriodOut, 400: ErrorOut, 403: ErrorOut})
def open_period(request: HttpRequest, payload: PeriodIn) -> Status:
    """HR opens a period in planning, with its own copy of the company's grade bands."""
    user = _caller(request)
    if not access.can_manage_periods(user):
        raise HttpError(403, _("只有人事人员可以开启绩效周期。"))
    data = payload.dict()
    departments = _departments(data.pop("department_ids"))
    period = setup.open_period(**data, departments=departments, actor=user)
    return Status(201, _period_out(period.pk))


@router.post("/periods/{period_id}/assign-goals", response={200: AssignOut, **REFUSED})
def assign_goals(request: HttpRequest, period_id: int) -> setup.AssignResult:
    """Everyone covered gets a sheet with their position's (or sequence's) template goals."""
    user = _caller(request)
    return setup.assign_goals_from_templates(period=_period_for_hr(user, period_id), actor=user)


@router.post("/periods/{period_id}/advance", response={200: PeriodOut, **REFUSED})
def advance_period(request: HttpRequest, period_id: int, payload: AdvanceIn) -> Period:
    """One step along the flow; `to` must be the next status (a retry cannot skip one)."""
    user = _caller(request)
    period = setup.advance_period(period=_period_for_hr(user, period_id), to=payload.to,
                                  actor=user)
    return _period_out(period.pk)


@router.post("/periods/{period_id}/score", response={200: ScoringSummaryOut, **REFUSED})
def score_period(request: HttpRequest, period_id: int) -> results.ScoringSummary:
    user = _caller(request)
    return results.score_period(period=_period_for_hr(user, period_id), actor=user)


@router.post("/periods/{period_id}/release", response={200: PeriodOut, **REFUSED})
def release_results(request: HttpRequest, period_id: int) -> Period:
    """Employees see their score, grade and ranks from now on."""
    user = _caller(request)
    period = results.release_results(period=_period_for_hr(user, period_id), actor=user)
    return _period_out(period.pk)


# ---- sheets --------------------------------------------------------------------------------

@router.get("/periods/{period_id}/sheets", response=list[SheetOut])
@paginate(PageNumberPagination)
def list_sheets(
    request: HttpRequest,
    period_id: int,
    q: str = Query("", description="Part of the name or the employee number."),
    status: str = "",
) -> QuerySet:
    """The period's sheets the caller may see; scores only where they may see the result."""
    user = _caller(request)
    period = selectors.get_period_for(user, period_id)
    sheets = (access.visible_sheets(user).filter(period=period)
              .select_related("period", "employee__department"))
    q = q.strip()
    if q:
        sheets = sheets.filter(Q(employee__name__icontains=q)
                               | Q(employee__employee_no__icontains=q))
    if status:
        sheets = sheets.filter(status=status)
    return sheets.order_by("employee__employee_no")


@router.get("/sheets/{sheet_id}", response={200: SheetDetailOut, 404: ErrorOut})
def get_sheet(request: HttpRequest, sheet_id: int) -> GoalSheet:
    return _reload_sheet(_caller(request), sheet_id, request)


@router.post("/sheets/{sheet_id}/confirm",
             response={200: SheetDetailOut, **CONFLICT})
def confirm_sheet(request: HttpRequest, sheet_id: int, payload: ConfirmIn) -> GoalSheet:
    """The employee signs their goals (考前确认); `digest` from GET guards against a change
    made after they read them (409). For anyone else the action does not exist."""
    user = _caller(request)
    sheet = access.get_sheet_for(user, sheet_id, request=request, what="api.goal_sheet")
    if sheet.employee.user_id != user.pk:
        raise Http404
    setup.confirm_goals(sheet=sheet, actor=user, expected_digest=payload.digest)
    return _reload_sheet(user, sheet.pk, request)


@router.post("/sheets/{sheet_id}/goals", response={201: GoalOut, **REFUSED})
def add_goal(request: HttpRequest, sheet_id: int, payload: GoalIn) -> Status:
    user = _caller(request)
    sheet = access.get_sheet_for(user, sheet_id, request=request, what="api.goal_sheet")
    if not access.can_edit_goals(user, sheet):
        raise Http404
    goal = setup.save_goal(sheet=sheet, goal=None, fields=payload.fields(), actor=user)
    return Status(201, _goal_out(user, goal, sheet))


@router.patch("/goals/{goal_id}", response={200: GoalOut, **CONFLICT})
def update_goal(request: HttpRequest, goal_id: int, payload: GoalPatch) -> Goal:
    """Change the fields sent; 409 when someone saved the goal since `version`. A change to
    a confirmed sheet puts it back to draft until the employee confirms again."""
    user = _caller(request)
    goal = _goal_in_scope(user, goal_id)
    if not access.can_edit_goals(user, goal.sheet):
        raise Http404
    goal = setup.save_goal(sheet=goal.sheet, goal=goal, fields=payload.fields(), actor=user,
                           expected_version=payload.version)
    return _goal_out(user, goal, goal.sheet)


@router.delete("/goals/{goal_id}", response={204: None, **CONFLICT})
def delete_goal(request: HttpRequest, goal_id: int, version: int | None = None) -> Status:
    user = _caller(request)
    goal = _goal_in_scope(user, goal_id)
    if not access.can_edit_goals(user, goal.sheet):
        raise Http404
    setup.delete_goal(goal=goal, actor=user, expected_version=version)
    return Status(204, None)


@router.put("/goals/{goal_id}/actual", response={200: GoalOut, **CONFLICT})
def set_actual(request: HttpRequest, goal_id: int, payload: ActualIn) -> Goal:
    """HR or the manager line records the actual value of a linear goal (null clears it),
    while the period runs or is being scored. The sheet's score, if any, is taken back."""
    user = _caller(request)
    goal = _goal_in_scope(user, goal_id)
    sheet = goal.sheet
    if not access.can_edit_goals(user, sheet):
        raise Http404
    goal = entry.set_actual(goal=goal, actual=payload.actual, actor=user,
                            expected_version=payload.version)
    return _goal_out(user, goal, sheet)


@router.put("/goals/{goal_id}/rating", response={200: GoalOut, **CONFLICT})
def rate_goal(request: HttpRequest, goal_id: int, payload: RatingIn) -> Goal:
    """The manager line's points (0..weight) or grade for a judgement goal."""
    user = _caller(request)
    goal = _goal_in_scope(user, goal_id)
    sheet = goal.sheet
    _rating_sheet(user, sheet)
    goal = entry.rate_goal(goal=goal, actor=user, manager_points=payload.manager_points,
                           rating=payload.rating, expected_version=payload.version)
    return _goal_out(user, goal, sheet)


@router.put("/sheets/{sheet_id}/abilities/{item_id}",
            response={200: AbilityRatingOut, **CONFLICT})
def rate_ability(request: HttpRequest, sheet_id: int, item_id: int,
                 payload: AbilityIn) -> object:
    """Rate one ability or attitude item; a strength or a weakness needs a concrete case."""
    user = _caller(request)
    sheet = get_object_or_404(access.visible_sheets(user).select_related("period", "employee"),
                              pk=sheet_id)
    _rating_sheet(user, sheet)
    item = get_object_or_404(AbilityItem, pk=item_id)
    return entry.rate_ability(sheet=sheet, item=item, rating=payload.rating,
                              assessment=payload.assessment, case=payload.case, actor=user,
                              expected_version=payload.version)


@router.get("/sheets/{sheet_id}/explanation", response={200: ExplanationOut, 404: ErrorOut})
def get_explanation(request: HttpRequest, sheet_id: int) -> dict:
    """Each goal's rate, rule and points, and the grade band: the employee after release,
    the manager line and HR always."""
    user = _caller(request)
    sheet = access.get_sheet_for(user, sheet_id, request=request, what="api.score_explanation")
    if not access.can_see_result(user, sheet):
        raise Http404
    return explanation_body(explain_sheet(sheet))

