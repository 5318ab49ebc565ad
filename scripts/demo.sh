#!/bin/sh
# The main job on the embedded default: code the example articles shipped in
# examples/ with the built-in dictionaries and print the records.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
echo "== tacitus $("$top/$build/tacitus" --version | cut -d' ' -f2): coding examples/ with the built-in dictionaries" >&2
"$top/$build/tacitus" code "$top/examples"
