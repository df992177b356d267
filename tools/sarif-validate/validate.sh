#!/usr/bin/env bash
# Validates SARIF files with Microsoft's SARIF multitool (the validator GitHub code scanning's
# format comes from). Prints every error and warning it finds and a count per file; exits 1 if
# any file has an error-level finding, 2 if the validator cannot be installed or run.
# Usage: tools/sarif-validate/validate.sh FILE.sarif [FILE.sarif ...]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ "$#" -eq 0 ]; then echo "usage: $0 FILE.sarif [FILE.sarif ...]" >&2; exit 2; fi

if [ ! -e "$here/node_modules/@microsoft/sarif-multitool/package.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2 \
    || { echo "validate.sh: could not install @microsoft/sarif-multitool with npm ci" >&2; exit 2; }
fi
# The package's own launcher runs the native tool through a shell, which splits "Error;Warning;Note";
# ask it for the binary's path and run that directly.
tool="$(cd "$here" && node -e "process.stdout.write(require('@microsoft/sarif-multitool'))")" \
  || { echo "validate.sh: the multitool has no binary for this platform" >&2; exit 2; }

status=0
for file in "$@"; do
  log="$(mktemp "${TMPDIR:-/tmp}/sarif-validation.XXXXXX")"
  if ! "$tool" validate "$file" --output "$log" --log ForceOverwrite --level "Error;Warning;Note" >/dev/null; then
    echo "validate.sh: the multitool failed to run on $file" >&2
    rm -f "$log"
    exit 2
  fi
  node "$here/summarize.js" "$file" "$log" || status=1
  rm -f "$log"
done
exit "$status"
