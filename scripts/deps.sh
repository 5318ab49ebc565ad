#!/bin/sh
# Install the Debian packages tacitus needs to build and test, if any are missing.
# Needs root (apt-get) only when something is missing; prints what and why otherwise.
set -eu

PKGS="build-essential pkg-config ca-certificates python3 gettext
libicu-dev libutf8proc-dev libpcre2-dev libxxhash-dev libxml2-dev libmd4c-dev libjson-c-dev
libsqlite3-dev sqlite3 libpq-dev libmicrohttpd-dev zlib1g-dev libzstd-dev
wordnet-base iso-codes festlex-poslex libcriterion-dev
clang libclang-rt-14-dev postgresql-15 wrk chromium chromium-driver"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ ! -r /etc/debian_version ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "tacitus: this machine is not Debian (no apt-get); install by hand:$missing" >&2
    exit 1
fi
if [ "$(id -u)" != 0 ]; then
    echo "tacitus: missing Debian packages:$missing" >&2
    echo "tacitus: run as root (or: sudo apt-get install$missing) and try again" >&2
    exit 1
fi
echo "tacitus: installing Debian packages:$missing" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
