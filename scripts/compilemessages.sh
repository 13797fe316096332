#!/usr/bin/env bash
# Compile the translation catalogues (locale/*/LC_MESSAGES/django.po → .mo).
#
# Django's compilemessages stops with a puzzling "should be run from the Django Git
# checkout" when no locale directory exists yet (git keeps no empty directories), and would
# also compile every package's catalogues inside .venv; this wrapper avoids both.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x /usr/bin/msgfmt ]] && ! command -v msgfmt >/dev/null 2>&1; then
  echo "error: msgfmt not found: install the Debian package gettext" >&2
  exit 1
fi
if [[ -z "$(find . -path ./.venv -prune -o -path ./node_modules -prune -o \
            -path '*/LC_MESSAGES/*.po' -print -quit)" ]]; then
  echo "no translation catalogues (*.po) yet: nothing to compile"
  exit 0
fi
exec .venv/bin/python manage.py compilemessages --ignore=.venv --ignore=var \
  --ignore=test-output --ignore=node_modules "$@"
