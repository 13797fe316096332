"""`make bench`: scoring, page and import speed on a synthetic company, SQLite and PostgreSQL.

usage: .venv/bin/python scripts/bench.py
  BENCH_SIZES="2000 20000"   company sizes (employees), default both
  BENCH_PERIODS=8            periods generated per company
  BENCH_DBS="sqlite postgresql"
  BENCH_PROFILE=1            print the top functions of scoring and of the import (cProfile)
  BENCH_EXPORT="docx pdf"    formats of the bulk export step ("" skips it)
  BENCH_EXPORT_RECORDS=1000  sealed records in the bulk export

For each database and size a fresh database is built with `manage.py load_demo --employees N
--periods P` (SQLite: var/bench-<N>.sqlite3, never the demo database; PostgreSQL: a
throwaway cluster from scripts/with-throwaway-postgres.sh, or the server DATABASE_URL
names, with a database candor_bench_<N> created and dropped), then, in-process:
- score_period on the latest period (every sheet, every goal), wall time and queries;
- the period page, the results overview and one employee's score explanation, each
  requested 20 times through django.test.Client as the HR specialist: median server time,
  and the SQL queries of one request;
- importing up to 100,000 actual values from an .xlsx (written with openpyxl write-only,
  every value changed) through the real import service: rows per second;
- on the first database and size only (rendering does not depend on either): the bulk
  export of 1,000 sealed records of the latest closed period as a zip of .docx and of PDF,
  requested through the service and built by the real task worker (`db_worker --batch`):
  seconds, records per second, size of the zip. The records are written directly
  (candor/documents/tests/bulk_factories.py), the zips go to var/bench-media/ and are deleted.
Each measurement runs in its own process (`--one`) because settings read DATABASE_URL once.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SELF = str(Path(__file__).resolve())
REQUESTS = 20
IMPORT_ROWS = 100_000
TARGETS = {"score_s": 5.0, "page_ms": 50.0, "page_queries": 15, "rows_per_s": 5000}
TARGET_SIZE = 20_000
EXPORT_RECORDS = int(os.environ.get("BENCH_EXPORT_RECORDS", "1000"))
PAGES = (("period", "period page"), ("results_overview", "results overview"),
         ("results_explain", "score explanation"))


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- One measurement, inside a process whose settings point at a fresh database -----------

def _profiled(label: str, func):
    if os.environ.get("BENCH_PROFILE") != "1":
        return func()
    profile = cProfile.Profile()
    result = profile.runcall(func)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(18)
    log(f"--- profile: {label}\n{out.getvalue()}")
    return result


def _timed_queries(func) -> tuple[float, int, object]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - started
    return elapsed, len(captured.captured_queries), result


def _pages(period, hr) -> dict[str, dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from candor.periods.models import GoalSheet

    sheets = GoalSheet.objects.filter(period=period).order_by("employee__employee_no")
    sheet = sheets[sheets.count() // 2]  # a staff member in the middle of the org chart
    client = Client()
    client.force_login(hr)
    found = {}
    for name, label in PAGES:
        url = reverse(f"periods:{name}", args=[sheet.pk if name == "results_explain"
                                               else period.pk])
        try:
            for _warm in range(2):
                response = client.get(url)
                if response.status_code != 200:
                    raise RuntimeError(f"HTTP {response.status_code}")
        except Exception as e:  # a broken page is reported in the table, the run goes on
            found[name] = {"label": label, "url": url, "error": f"{type(e).__name__}: {e}"}
            log(f"  {label}: FAILED {found[name]['error']}")
            continue
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries = len(captured.captured_queries)  # now: the next request clears the log
        times = []
        for _i in range(REQUESTS):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        found[name] = {"label": label, "url": url, "median_ms": statistics.median(times),
                       "queries": queries}
        log(f"  {label}: {found[name]['median_ms']:.1f} ms, {found[name]['queries']} queries")
    return found


def _workbook(period) -> tuple[io.BytesIO, int]:
    from openpyxl import Workbook

    from candor.periods.models import Goal, Rule

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("实际值")
    sheet.append(["工号", "姓名", "指标名称", "实际值", "备注"])
    rows = (Goal.objects.filter(sheet__period=period, rule=Rule.LINEAR)
            .order_by("sheet__employee__employee_no", "order")
            .values_list("sheet__employee__employee_no", "sheet__employee__name", "name",
                         "actual")[:IMPORT_ROWS])
    count = 0
    for no, name, goal, actual in rows:
        sheet.append([no, name, goal, float(actual) + 1, ""])
        count += 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return buffer, count


def _bulk_export(hr) -> dict:
    """Seal EXPORT_RECORDS records of the latest closed period, then export them in each
    format through the real worker; the time is the task's own (started → finished)."""
    from django.core.management import call_command

    from candor.documents import bulk
    from candor.documents.models import ExportStatus
    from candor.documents.tests.bulk_factories import sealed_copies, sealed_directly
    from candor.periods.models import GoalSheet, Period, PeriodStatus

    period = Period.objects.filter(status=PeriodStatus.CLOSED).order_by("-end_date").first()
    formats = os.environ.get("BENCH_EXPORT", "docx pdf").split()
    if period is None or not formats:
        return {}
    sheets = list(GoalSheet.objects.filter(period=period)
                  .order_by("employee__employee_no")[:EXPORT_RECORDS])
    started = time.perf_counter()
    sealed_copies(sealed_directly(sheets[0], signer=hr), sheets[1:])
    found: dict = {"records": len(sheets), "build_s": time.perf_counter() - started}
    log(f"  bulk export: {len(sheets)} sealed records written in {found['build_s']:.1f} s")
    for fmt in formats:
        export = bulk.request_bulk_export(actor=hr, period=period, fmt=fmt)
        started = time.perf_counter()
        call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay",
                     "--interval=0", verbosity=0)
        wall_s = time.perf_counter() - started
        export.refresh_from_db()
        if export.status != ExportStatus.DONE:
            found[fmt] = {"error": export.error or export.status}
            log(f"  bulk export {fmt}: FAILED {found[fmt]['error']}")
            continue
        seconds = (export.finished_at - export.started_at).total_seconds()
        found[fmt] = {"records": export.done, "seconds": seconds, "wall_s": wall_s,
                      "per_s": export.done / seconds, "mb": export.size / 1e6}
        log(f"  bulk export {fmt}: {export.done} records in {seconds:.1f} s "
            f"({found[fmt]['per_s']:.1f}/s), zip {found[fmt]['mb']:.1f} MB")
        bulk.export_path(export).unlink(missing_ok=True)
    return found


def measure_one(employees: int, periods: int, out: Path) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "candor.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from candor.accounts.models import User
    from candor.periods.models import Goal, Period, PeriodStatus
    from candor.periods.results.actuals_import import import_actuals
    from candor.periods.results.services import score_period

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("load_demo", employees=employees, periods=periods, stdout=sys.stderr)
    generate_s = time.perf_counter() - started
    hr = User.objects.get(username="hr")
    period = Period.objects.get(status=PeriodStatus.SCORING)
    score_s, score_queries, summary = _timed_queries(
        lambda: _profiled("score_period", lambda: score_period(period=period, actor=hr)))
    log(f"  score_period: {score_s:.2f} s, {score_queries} queries, {summary.scored} sheets")
    pages = _pages(period, hr)
    file, rows = _workbook(period)
    import_s, import_queries, result = _timed_queries(
        lambda: _profiled("import_actuals",
                          lambda: import_actuals(period=period, file=file, actor=hr)))
    log(f"  import: {rows} rows in {import_s:.2f} s ({result.updated} updated)")
    export = _bulk_export(hr) if os.environ.get("BENCH_EXPORT_HERE") == "1" else {}
    record = {
        "db": connection.vendor, "employees": employees, "periods": periods,
        "goals": Goal.objects.count(), "sheets": summary.sheets, "generate_s": generate_s,
        "score_s": score_s, "score_queries": score_queries, "pages": pages,
        "import_rows": rows, "import_s": import_s, "import_queries": import_queries,
        "rows_per_s": rows / import_s, "bulk_export": export,
    }
    with out.open("a") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")


# --- Orchestration --------------------------------------------------------------------------

def _run_one(url: str, employees: int, periods: int, out: Path) -> None:
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "0",
           "MEDIA_ROOT": str(ROOT / "var" / "bench-media")}
    env.pop("CANDOR_ENV", None)
    # the bulk export runs once: on the first database and size of the run
    first = not out.exists() or not out.read_text().strip()
    env["BENCH_EXPORT_HERE"] = "1" if first else "0"
    subprocess.run([PY, SELF, "--one", str(employees), str(periods), str(out)],  # noqa: S603
                   cwd=ROOT, env=env, check=True)


def run_sqlite(sizes: list[int], periods: int, out: Path) -> None:
    (ROOT / "var").mkdir(exist_ok=True)
    for size in sizes:
        path = ROOT / "var" / f"bench-{size}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        log(f"=== SQLite, {size} employees, {periods} periods ({path.name})")
        _run_one(f"sqlite:///{path}", size, periods, out)


def run_postgres_inside(sizes: list[int], periods: int, out: Path) -> None:
    """Runs under with-throwaway-postgres.sh: one database per size on that server."""
    import psycopg

    base = os.environ["DATABASE_URL"]
    server, _slash, _name = base.rpartition("/")
    for size in sizes:
        name = f"candor_bench_{size}"
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name}")
            admin.execute(f"CREATE DATABASE {name}")
        log(f"=== PostgreSQL, {size} employees, {periods} periods ({name})")
        try:
            _run_one(f"{server}/{name}", size, periods, out)
        finally:
            with psycopg.connect(base, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name}")


def run_postgres(sizes: list[int], periods: int, out: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        env["DATABASE_URL"] = os.environ["DATABASE_URL"]
    script = str(ROOT / "scripts" / "with-throwaway-postgres.sh")
    subprocess.run(["/bin/bash", script, PY, SELF, "--postgres",  # noqa: S603
                    ",".join(map(str, sizes)), str(periods), str(out)],
                   cwd=ROOT, env=env, check=True)


def _mark(ok: bool, size: int) -> str:
    if size < TARGET_SIZE:
        return ""
    return " ok" if ok else " MISSED"


def table(out: Path) -> str:
    records = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    head = ["database", "employees", "goals", "generate", "score a period",
            *[label for _n, label in PAGES], "import actuals"]
    rows = []
    for r in records:
        size = r["employees"]
        cells = [r["db"], f"{size:,}", f"{r['goals']:,}", f"{r['generate_s']:.0f} s",
                 f"{r['score_s']:.2f} s, {r['score_queries']} q"
                 + _mark(r["score_s"] < TARGETS["score_s"], size)]
        for name, _label in PAGES:
            page = r["pages"][name]
            if "error" in page:
                cells.append("ERROR (see the log)")
                continue
            ok = page["median_ms"] < TARGETS["page_ms"] and page["queries"] < TARGETS[
                "page_queries"]
            cells.append(f"{page['median_ms']:.1f} ms, {page['queries']} q" + _mark(ok, size))
        cells.append(f"{r['import_rows']:,} rows, {r['rows_per_s']:,.0f}/s"
                     + _mark(r["rows_per_s"] > TARGETS["rows_per_s"], size))
        rows.append(cells)
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(len(head))]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
             for row in [head, *rows]]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    for r in records:
        for fmt, e in r.get("bulk_export", {}).items():
            if not isinstance(e, dict):
                continue
            what = (f"{e['records']:,} records in {e['seconds']:.0f} s, {e['per_s']:.1f}/s, "
                    f"zip {e['mb']:.0f} MB" if "error" not in e else f"FAILED: {e['error']}")
            lines.append(f"bulk export ({r['db']}, {r['employees']:,} employees), {fmt}: "
                         f"{what}")
    lines.append(f"targets at {TARGET_SIZE:,} employees: score a period < {TARGETS['score_s']:.0f}"
                 f" s; each page < {TARGETS['page_ms']:.0f} ms and < {TARGETS['page_queries']}"
                 f" queries (median of {REQUESTS} requests, in-process); import > "
                 f"{TARGETS['rows_per_s']:,} rows/s. q = SQL queries.")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        measure_one(int(argv[1]), int(argv[2]), Path(argv[3]))
        return 0
    if argv[:1] == ["--postgres"]:
        run_postgres_inside([int(s) for s in argv[1].split(",")], int(argv[2]), Path(argv[3]))
        return 0
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "2000 20000").replace(",", " ").split()]
    periods = int(os.environ.get("BENCH_PERIODS", "8"))
    databases = os.environ.get("BENCH_DBS", "sqlite postgresql").split()
    out = ROOT / "var" / "bench-results.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.unlink(missing_ok=True)
    started = time.monotonic()
    if "sqlite" in databases:
        run_sqlite(sizes, periods, out)
    if "postgresql" in databases:
        run_postgres(sizes, periods, out)
    print(table(out))
    print(f"({time.monotonic() - started:.0f} s in all; {os.cpu_count()} CPUs; "
          f"{time.strftime('%Y-%m-%d')})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
