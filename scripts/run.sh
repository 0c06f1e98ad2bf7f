#!/usr/bin/env bash
# Installs what is missing, builds, and opens the sample article in SayWho.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
exec build/bin/saywho "$@" resources/samples/biden-putin-summit.txt
