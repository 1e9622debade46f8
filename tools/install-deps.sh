#!/usr/bin/env bash
# Installs what daihoi needs to build, run and test on Debian 12, skipping what is already there.
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql postgresql libgl-dev qtkeychain-qt6-dev
    qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    fonts-liberation poppler-utils sqlite3
    libxlsxwriter-dev libreoffice-writer-nogui libreoffice-calc-nogui
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
