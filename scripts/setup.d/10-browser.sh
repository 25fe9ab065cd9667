#!/usr/bin/env bash
# Headless Chromium and a Chinese font for the HTML view tests (tests/test_view_browser.py).
# Debian's chromium is driven by Playwright's Python package via executable_path;
# `playwright install` (a browser download) is never run. Idempotent; needs root.
set -euo pipefail

packages=(chromium fonts-wqy-microhei)
missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
chromium --version 2>/dev/null | grep -v '^\[' || true
fc-list :lang=zh family | grep -q . || { echo "no Chinese font found after install" >&2; exit 1; }
