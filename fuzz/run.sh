#!/usr/bin/env bash
# Coverage-guided fuzzing of the language library and the formatter with AFL++ and SharpFuzz.
#
#   fuzz/run.sh [SECONDS]      (default 900)
#
# Installs afl++ (Debian package) and the SharpFuzz instrumentation tool when missing, builds
# fuzz/ClaimDsl.Fuzz into fuzz/out/bin, instruments ClaimDsl.Language.dll and
# ClaimDsl.Outputs.dll there, seeds afl-fuzz with the conformance suite and the examples, and
# fuzzes for SECONDS. Findings land in fuzz/out/findings (crashes/, hangs/); a later run resumes
# from them. Replay one by hand with: dotnet fuzz/out/bin/ClaimDsl.Fuzz.dll FILE
set -euo pipefail

seconds="${1:-900}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
tools="$out/tools"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq afl++
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

# A fresh output folder each time: instrumenting a library twice fails, and a rebuild would
# not overwrite an instrumented copy that is newer than the build.
rm -rf "$out/bin"
dotnet build "$here/ClaimDsl.Fuzz/ClaimDsl.Fuzz.csproj" -c Release -o "$out/bin" -nologo -v quiet
for library in ClaimDsl.Language.dll ClaimDsl.Outputs.dll; do
  "$tools/sharpfuzz" "$out/bin/$library"
done

rm -rf "$out/seeds"
mkdir -p "$out/seeds"
for file in "$root"/tests/conformance/good/*.claims "$root"/tests/conformance/bad/*.claims; do
  cp "$file" "$out/seeds/$(basename "$(dirname "$file")")-$(basename "$file")"
done
find "$root/examples" -name '*.claims' -exec cp {} "$out/seeds/" \;

# The machine is shared: no core binding. dotnet is not an afl-instrumented binary (SharpFuzz
# reports coverage itself), and core dumps are not needed to see a crash.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 \
       AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1
# -t 5000: five seconds per input (the inputs are small; a loaded machine needs the slack).
afl-fuzz -i "$out/seeds" -o "$out/findings" -x "$here/claims.dict" -t 5000 -m none -V "$seconds" \
  -- dotnet "$out/bin/ClaimDsl.Fuzz.dll" || true

stats="$out/findings/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|edges_found|total_edges|bitmap_cvg|saved_crashes|saved_hangs|stability)' "$stats"
fi
crashes=$(find "$out/findings/default/crashes" "$out/findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "findings (crashes + hangs): $crashes"
