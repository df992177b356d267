#!/usr/bin/env bash
# ClaimDsl's benchmarks, in one command (see docs/performance.md for what they measure).
#
#   bench/run.sh            the full run: builds Release, makes the corpora that are missing
#                           (bench/corpus/, git-ignored), checks that every reader reads the same
#                           facts, runs BenchmarkDotNet (ClaimDsl against YamlDotNet, System.Text.Json
#                           and textbook Sprache at 1 MB and 10 MB), then the scaling run (1, 10 and
#                           100 MB, one process each), then the source generator over 1,000 claim
#                           files (100,000 claims: a cold run and the re-runs after three kinds of
#                           edit), then the CLI as a whole process (`claimdsl check` over the seed
#                           example and over the same number of files and claims, cold and warm,
#                           1 thread and the default). About 12 minutes on a 2-core Intel Xeon, 14-35 on
#                           a 2-core AMD EPYC (corpora made once).
#   bench/run.sh --quick    the same steps, tiny: BenchmarkDotNet's Dry job in-process on the 1 MB
#                           corpora, scaling at 1, 2 and 4 MB, the generator over 10 claim files, the
#                           CLI over 20 files. A few minutes; CI runs it so the benchmarks never rot.
#                           Exits non-zero if any step fails.
#   bench/run.sh <command>  any command of the benchmark program after building, e.g.
#                           bench/run.sh corpus synthetic-100MB
#                           bench/run.sh read --corpora synthetic-10MB --filter '*ClaimDsl*'
#                           bench/run.sh scaling --sizes 1,10,100 --workloads ClaimDslCheck --repeat 2
#                           bench/run.sh cli --files files-1000 --repeat 3
#                           bench/run.sh corpus files-1000
#                           bench/run.sh generator --files files-1000 --filter '*Edit*'
#                           bench/run.sh help
#
# Every table is printed as Markdown and saved in bench/results/ (git-ignored), ready to paste into
# docs/performance.md. The machine's load average is printed before and after each step: other
# processes on the machine make the figures slower and noisier.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
project="bench/ClaimDsl.Benchmarks/ClaimDsl.Benchmarks.csproj"
program="bench/ClaimDsl.Benchmarks/bin/Release/net10.0/ClaimDsl.Benchmarks.dll"
cli="src/ClaimDsl.Cli/ClaimDsl.Cli.csproj"

load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(date -u '+%Y-%m-%d %H:%M UTC'))"; }

machine() {
  echo "### Machine"
  echo
  echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1) (family $(lscpu | sed -n 's/^CPU family: *//p'), model $(lscpu | sed -n 's/^Model: *//p')), $(nproc) cores available$(lscpu | sed -n 's/^Hypervisor vendor: */, virtual machine (/p' | sed 's/$/)/')"
  echo "- Memory: $(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "- .NET: SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {v=$2} END {print v}')"
  echo "- $(load)"
  echo
}

step() {
  echo
  echo "== $1 ($(load))"
  shift
  dotnet "$program" "$@"
}

echo "== building $project (Release)"
dotnet build "$project" -c Release -nologo -v quiet
# The `cli` step runs the CLI's Release build as a user would; building it here makes its first run the cold one.
echo "== building $cli (Release)"
dotnet build "$cli" -c Release -nologo -v quiet

mkdir -p bench/results
case "${1:-}" in
  --quick)
    machine | tee bench/results/machine.md
    step "checking the corpora" verify synthetic-1MB liar2-1MB
    step "reading the same corpus (Dry job, in-process: checks the benchmarks run, not how fast)" \
      read --corpora synthetic-1MB,liar2-1MB --job Dry --inProcess
    step "scaling (1, 2, 4 MB)" scaling --sizes 1,2,4 --workloads ClaimDslParse,ClaimDslCheck --repeat 1
    step "the CLI as a whole process (20 files)" cli --files files-20 --repeat 1
    step "source generator (10 claim files; Dry job, in-process)" \
      generator --files files-10 --repeat 1 --job Dry --inProcess
    echo
    echo "== quick benchmark run passed ($(load))"
    ;;
  "")
    machine | tee bench/results/machine.md
    step "checking the corpora" verify synthetic-1MB liar2-1MB synthetic-10MB liar2-10MB
    step "reading the same corpus (BenchmarkDotNet)" read
    for gc in server batch; do
      step "ClaimDsl, YAML and JSON under the $gc collector (BenchmarkDotNet, 10 MB)" \
        read --gc $gc --corpora synthetic-10MB,liar2-10MB --filter '*ClaimDslCheck*' '*YamlDotNet*' '*JsonSourceGenerated*'
    done
    step "scaling (1, 10, 100 MB)" scaling --sizes 1,10,100 --repeat 3
    step "the CLI as a whole process (1,000 files, 100,000 claims)" cli --files files-1000 --repeat 3
    # The compiler runs generators under the server collector (its runtimeconfig sets
    # System.GC.Server): BenchmarkDotNet's job uses it, and so does this process's own timing.
    DOTNET_gcServer=1 step "source generator (1,000 claim files, BenchmarkDotNet, server collector)" generator --files files-1000 --repeat 3
    echo
    echo "== done ($(load)); tables saved in bench/results/"
    ;;
  generator)
    # The in-process timing runs under the compiler's collector too, unless --gc asks for another.
    if [[ " $* " != *" --gc "* ]]; then export DOTNET_gcServer="${DOTNET_gcServer:-1}"; fi
    dotnet "$program" "$@"
    ;;
  *)
    dotnet "$program" "$@"
    ;;
esac
