#!/usr/bin/env bash
# Install everything the tests need, from this repository's own files, then run them.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --disable-pip-version-check -q -e '.[test]'
# each script installs one thing the tests need (a browser, fonts, ...)
for step in scripts/setup.d/*.sh; do
    [ -e "$step" ] || continue
    echo "== $step"
    bash "$step"
done
exec python3 -m pytest "$@"
