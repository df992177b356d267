using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Benchmarks.Reporting;

namespace ClaimDsl.Benchmarks.Cli;

/// <summary>One run of the CLI as a whole process: wall time, CPU time (user + system) and peak resident memory.</summary>
public sealed record CliProcessRun(double WallSeconds, double? CpuSeconds, long? PeakBytes);

/// <summary>
/// <c>claimdsl check &lt;input&gt; --format json --output &lt;file&gt;</c> timed as a whole process,
/// start-up included, the way a user or CI pipeline runs it: the Release build of
/// <c>src/ClaimDsl.Cli</c> started with <c>dotnet</c>, under <c>/usr/bin/time</c> for CPU time
/// and peak memory (maximum resident set size). The first run of each input is the cold one
/// (the first after the build, if bench/run.sh built it); the repeats are warm. Every report
/// must be byte-identical to the first, whatever the number of threads.
/// </summary>
public static class CliRun
{
    private const string TimeProgram = "/usr/bin/time";

    /// <summary>The CLI's Release build, which bench/run.sh builds before this step.</summary>
    public static string CliDll { get; } = Path.Combine(CorpusFiles.RepositoryRoot, "src", "ClaimDsl.Cli", "bin", "Release", "net10.0", "ClaimDsl.Cli.dll");

    /// <summary>Runs every measurement and writes the table; false, having said why, when a run failed or two reports differ.</summary>
    public static bool Run(ClaimFileSet corpus, int repeat, TextWriter output, TextWriter table)
    {
        if (!File.Exists(CliDll))
        {
            output.WriteLine($"The CLI is not built: {CliDll} is missing. Build it with `dotnet build src/ClaimDsl.Cli -c Release` (bench/run.sh does).");
            return false;
        }
        bool timed = File.Exists(TimeProgram);
        if (!timed) output.WriteLine($"warning: {TimeProgram} is not installed (Debian package `time`): only wall time is measured, not CPU time or peak memory.");
        string corpusSummary = corpus.Ensure(output);
        string seed = Path.Combine(CorpusFiles.RepositoryRoot, "examples", "Aleppo", "aleppo.claims");
        string scratch = Path.Combine(CorpusFiles.Folder, "cli-reports");
        Directory.CreateDirectory(scratch);

        var rows = new MarkdownTable("Input", "Threads", "Runs", "Wall", "Wall min-max", "CPU (user+sys)", "Peak memory (max RSS)", "Report");
        bool ok = true;
        foreach (var (label, input) in new[] { ("the seed example, one file", seed), (corpusSummary, corpus.Folder) })
        {
            string? reference = null;
            foreach (int? threads in new int?[] { null, 1 })
            {
                var runs = new List<CliProcessRun>();
                bool identical = true;
                // The default thread count goes first, so its first run is the cold one.
                int count = threads is null ? repeat + 1 : repeat;
                for (int i = 0; i < count; i++)
                {
                    string report = Path.Combine(scratch, "report.json");
                    output.WriteLine($"claimdsl check {Path.GetFileName(input)} --threads {threads?.ToString(CultureInfo.InvariantCulture) ?? "default"} (run {i + 1} of {count}) ...");
                    var run = Once(input, threads, report, timed, output);
                    if (run is null) return false;
                    runs.Add(run);
                    string text = File.ReadAllText(report);
                    reference ??= text;
                    identical &= text == reference;
                }
                ok &= identical;
                string threadLabel = threads?.ToString(CultureInfo.InvariantCulture) ?? $"default ({Environment.ProcessorCount})";
                string verdict = identical ? "identical" : "DIFFERS from the first run";
                if (threads is null)
                {
                    rows.Add(Row(label, threadLabel, "cold (first)", runs.Take(1).ToList(), verdict));
                    rows.Add(Row(label, threadLabel, $"warm ({repeat})", runs.Skip(1).ToList(), verdict));
                }
                else
                {
                    rows.Add(Row(label, threadLabel, $"warm ({repeat})", runs, verdict));
                }
            }
        }

        table.WriteLine("### The CLI as a whole process");
        table.WriteLine();
        table.WriteLine($"`dotnet ClaimDsl.Cli.dll check <input> --format json --output <file>`, Release build, start-up included; {(timed ? "measured with /usr/bin/time" : "wall time only (/usr/bin/time missing)")}.");
        table.WriteLine("Medians of the runs; the cold run is the first after the build. Report: every run's JSON report against the first one's (all thread counts).");
        table.WriteLine();
        rows.Write(table);
        if (!ok) output.WriteLine("The reports differ between runs: the check's output must not depend on the run or the number of threads.");
        return ok;
    }

    private static string[] Row(string input, string threads, string runs, IReadOnlyList<CliProcessRun> measured, string verdict)
    {
        var wall = measured.Select(r => r.WallSeconds).ToList();
        var cpu = measured.Where(r => r.CpuSeconds is not null).Select(r => r.CpuSeconds!.Value).ToList();
        var peak = measured.Where(r => r.PeakBytes is not null).Select(r => (double)r.PeakBytes!.Value).ToList();
        return new[]
        {
            input, threads, runs,
            Figures.Number(Figures.Median(wall), 2) + " s",
            $"{Figures.Number(wall.Min(), 2)}-{Figures.Number(wall.Max(), 2)} s",
            cpu.Count == 0 ? "n/a" : Figures.Number(Figures.Median(cpu), 2) + " s",
            peak.Count == 0 ? "n/a" : Figures.Bytes(Figures.Median(peak)),
            verdict,
        };
    }

    /// <summary>One process; null, having said why, when the CLI failed (exit codes 0 and 1 are its normal answers: no errors, errors found).</summary>
    private static CliProcessRun? Once(string input, int? threads, string report, bool timed, TextWriter output)
    {
        string measurements = Path.Combine(Path.GetDirectoryName(report)!, "time.txt");
        var start = new ProcessStartInfo(timed ? TimeProgram : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // %e wall seconds, %U and %S user and system CPU seconds, %M peak resident set in KiB.
        if (timed) foreach (var argument in new[] { "-f", "%e %U %S %M", "-o", measurements, "dotnet" }) start.ArgumentList.Add(argument);
        foreach (var argument in new[] { CliDll, "check", input, "--format", "json", "--output", report }) start.ArgumentList.Add(argument);
        if (threads is not null)
        {
            start.ArgumentList.Add("--threads");
            start.ArgumentList.Add(threads.Value.ToString(CultureInfo.InvariantCulture));
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var errors = process.StandardError.ReadToEndAsync();
        string said = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode is not (0 or 1))
        {
            output.WriteLine($"claimdsl check {input} failed (exit code {process.ExitCode}):");
            output.WriteLine(said + errors.Result);
            return null;
        }
        if (!timed) return new CliProcessRun(clock.Elapsed.TotalSeconds, null, null);
        // The last line: before it, /usr/bin/time writes "Command exited with non-zero status 1" when errors were found.
        var fields = File.ReadAllLines(measurements).Last(line => line.Length > 0).Split(' ');
        double Seconds(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        // Wall time from the stopwatch: /usr/bin/time's has only two decimals.
        return new CliProcessRun(clock.Elapsed.TotalSeconds, Seconds(1) + Seconds(2), long.Parse(fields[3], CultureInfo.InvariantCulture) * 1024);
    }
}
