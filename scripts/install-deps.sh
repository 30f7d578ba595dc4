#!/usr/bin/env bash
# Installs the Debian 12 packages dsar needs to build, test and run.
# Installs only what is missing, so it is quick when everything is there.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libpoppler-cpp-dev libpoppler-private-dev poppler-utils libpodofo-dev
  libicu-dev libre2-dev libzip-dev libpugixml-dev libgmime-3.0-dev libgumbo-dev libytnef0-dev libgsf-1-dev libmagic-dev libsqlite3-dev
  libtomlplusplus-dev nlohmann-json3-dev libcli11-dev libssl-dev libphonenumber-dev
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng
  catch2 fonts-dejavu-core sqlite3 unzip mupdf-tools
  libcpp-httplib-dev chromium
  libpst-dev pst-utils pff-tools python3 file
)
# The review app's browser test runs playwright-core under Node.js. A Node.js
# from elsewhere (e.g. NodeSource, which bundles npm) is used when present;
# otherwise Debian's nodejs and npm are installed.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  PACKAGES+=(nodejs npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "dsar: these Debian packages are missing: ${missing[*]}" >&2
  echo "dsar: run 'make deps' as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "dsar: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
