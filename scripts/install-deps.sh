#!/bin/sh
# Installs every package tracker needs to build and test, from Debian 12's archive.
# Idempotent: packages already present are left as they are. Run as root. Chromium (with a font)
# renders `tracker report` pages in the browser test (tests/browser/report_browser.py). Clang and
# its runtime libraries (libFuzzer, ASan, UBSan: libclang-rt-14-dev) build the fuzz targets
# (scripts/fuzz.sh). zsh and fish check the completion scripts tracker writes for them, groff its
# man page, dpkg-dev's dpkg-shlibdeps the dependencies of the package `cpack -G DEB` builds
# (tests/cli/shell.sh). libpq-dev is PostgreSQL's C client, which the PostgreSQL backend links;
# postgresql the server the tests start in a temporary folder (tests/pg_server.sh; its
# pg_trgm, which the schema uses, comes with it).
set -eu
PACKAGES="build-essential cmake pkg-config python3 \
  libcli11-dev nlohmann-json3-dev libsqlitecpp-dev libsqlite3-dev libfmt-dev catch2 \
  libpugixml-dev libcurl4-openssl-dev libgumbo-dev libicu-dev libexpected-dev libpq-dev \
  postgresql \
  chromium fonts-dejavu-core \
  clang libclang-rt-14-dev \
  zsh fish groff-base dpkg-dev"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo "$0" "$@"; fi
  echo "install-deps: missing:$missing; run as root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
