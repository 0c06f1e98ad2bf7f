#!/usr/bin/env bash
# Regenerates the export golden files in tests/data/export from the fixture article (see its
# README.md). Review the diff like code before committing it.
set -euo pipefail
build=${1:-build}
cmake --build "$build" --target tst_exportformats tst_renderexports
SAYWHO_UPDATE_GOLDENS=1 QT_QPA_PLATFORM=offscreen "$build/tests/tst_exportformats" -silent
SAYWHO_UPDATE_GOLDENS=1 QT_QPA_PLATFORM=offscreen "$build/tests/tst_renderexports" -silent
git -C "$(dirname "$0")/.." status --short tests/data/export
