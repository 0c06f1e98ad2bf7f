#!/usr/bin/env bash
# Installs the Debian packages SayWho needs to build, test and run. Idempotent and quiet when all
# is present; runs `apt-get update` only when something must be installed.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-svg-dev libqt6svg6 libgl-dev
    libkf5syntaxhighlighting-tools libgumbo-dev libmd4c-dev libmimalloc-dev
    qt6-translations-l10n
    python3 xvfb xauth imagemagick fonts-dejavu-core fonts-urw-base35
    parallel time bc poppler-utils unzip zlib1g-dev
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    echo "deps: installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    else
        sudo=
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
