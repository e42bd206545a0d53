#!/usr/bin/env bash
# Installs what graphdoc needs on a Debian machine with Swift: libcmark-dev (and pkg-config).
set -euo pipefail
if pkg-config --exists libcmark 2>/dev/null; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y libcmark-dev pkg-config
