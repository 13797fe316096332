#!/usr/bin/env bash
# Everything `make test` (and so CI) checks, in order: lint, missing migrations, the
# production deploy checks, translations, the test suite on SQLite (browser tests included)
# and the suite again on PostgreSQL (browser tests left out: they exercise the browser and
# templates, not the database).
#
# usage: scripts/test.sh [extra pytest arguments, passed to both pytest runs]
#
# Every step runs even when an earlier one failed, so one run shows every problem; the
# script exits non-zero when any step failed. Expects .venv to be installed (make venv).
# PYTEST_WORKERS (default 2) sets the number of pytest-xdist workers; 0 runs in-process.
set -uo pipefail
cd "$(dirname "$0")/.."

py=.venv/bin/python
workers="${PYTEST_WORKERS:-2}"
postgres_url="${DATABASE_URL:-}"
unset DATABASE_URL DEBUG CANDOR_ENV

xdist=()
[[ "$workers" != 0 ]] && xdist=(-n "$workers")

results=()
failed=0

step() {
  local name="$1" start=$SECONDS
  shift
  printf '\n\033[1m=== %s\033[0m\n' "$name"
  if "$@"; then
    results+=("ok      $name ($((SECONDS - start))s)")
  else
    results+=("FAILED  $name ($((SECONDS - start))s)")
    failed=1
  fi
}

deploy_check() {
  local secret
  secret="$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')"
  CANDOR_ENV=production SECRET_KEY="$secret" ALLOWED_HOSTS=candor.example.com \
    DATABASE_URL="sqlite:///$PWD/var/deploy-check.sqlite3" \
    "$py" manage.py check --deploy --fail-level WARNING
}

pytest_sqlite() {
  DATABASE_URL="sqlite:///$PWD/var/test.sqlite3" "$py" -m pytest -ra "${xdist[@]}" "$@"
}

pytest_postgres() {
  DATABASE_URL="$postgres_url" bash scripts/with-throwaway-postgres.sh \
    "$py" -m pytest -ra "${xdist[@]}" -m "not browser" "$@"
}

mkdir -p var/static test-output/screenshots  # var/static: STATIC_ROOT, whitenoise warns when missing

step "ruff check" .venv/bin/ruff check .
step "migrations up to date" "$py" manage.py makemigrations --check --dry-run
step "deploy checks (production settings)" deploy_check
step "compile translations" bash scripts/compilemessages.sh
step "pytest on SQLite" pytest_sqlite "$@"
step "pytest on PostgreSQL" pytest_postgres "$@"

printf '\n\033[1m=== summary\033[0m\n'
printf '%s\n' "${results[@]}"
if [[ $failed -ne 0 ]]; then
  echo "make test: FAILED"
  exit 1
fi
echo "make test: all steps passed"
