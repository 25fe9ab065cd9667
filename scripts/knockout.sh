#!/usr/bin/env bash
# Knock out each pipeline component and each lexicon file in turn (in a temporary
# copy of the repository) and run the fast tests: every knockout must make one fail.
# Prints one line per knockout and "N/M knockouts caught"; exits 1 if any was missed.
# Usage: bash scripts/knockout.sh [--jobs N]
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/knockout.py "$@"
