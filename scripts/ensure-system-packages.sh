#!/usr/bin/env bash
# Make sure the Debian packages a make target needs are present.
#
# usage: scripts/ensure-system-packages.sh run|test
#
# Each need is "package:probe[:optional]": the package is missing when the probe (a path,
# which may be a glob) matches nothing. As root, every missing package is installed in one
# apt-get call; otherwise the script names the packages to install and fails (or only warns
# for optional ones), so a developer without root knows exactly what to ask for.
set -euo pipefail
cd "$(dirname "$0")/.."

purpose="${1:-}"
case "$purpose" in
  run)
    # WeasyPrint (PDF) draws with Pango; Chinese text needs the Noto CJK fonts.
    needs=("gettext:/usr/bin/msgfmt" "libpango-1.0-0:/usr/lib/*/libpango-1.0.so.0"
           "fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    ;;
  test)
    needs=(
      "gettext:/usr/bin/msgfmt"
      "chromium:/usr/bin/chromium"
      "chromium-l10n:/usr/lib/chromium/locales/zh-CN.pak:optional"
      "fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
      "poppler-utils:/usr/bin/pdftoppm"
      "libpango-1.0-0:/usr/lib/*/libpango-1.0.so.0"
    )
    # The PostgreSQL pass starts its own server unless DATABASE_URL names one.
    if [[ "${DATABASE_URL:-}" != postgres* ]]; then
      needs+=("postgresql:/usr/lib/postgresql/*/bin/initdb")
    fi
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

# `python3 -m venv` needs ensurepip, which Debian ships separately in python3-venv.
if ! .venv/bin/python -m pip --version >/dev/null 2>&1 &&
   ! "${PYTHON:-python3}" -c 'import ensurepip' >/dev/null 2>&1; then
  needs+=("python3-venv:/nonexistent-probe-for-ensurepip")
fi

present() {
  local probe="$1" match
  for match in $probe; do
    [[ -e "$match" ]] && return 0
  done
  return 1
}

missing_required=()
missing_optional=()
for need in "${needs[@]}"; do
  IFS=: read -r package probe optional <<<"$need"
  present "$probe" && continue
  if [[ "${optional:-}" == optional ]]; then
    missing_optional+=("$package")
  else
    missing_required+=("$package")
  fi
done

missing=("${missing_required[@]}" "${missing_optional[@]}")
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo ">>> installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q </dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  exit 0
fi

if [[ ${#missing_optional[@]} -gt 0 ]]; then
  echo "warning: optional Debian package(s) not installed: ${missing_optional[*]}" \
       "(screenshots may show empty boxes for Chinese text)" >&2
fi
if [[ ${#missing_required[@]} -gt 0 ]]; then
  echo "error: missing Debian package(s): ${missing_required[*]}" >&2
  echo "       install them with: sudo apt-get install ${missing_required[*]}" >&2
  exit 1
fi
