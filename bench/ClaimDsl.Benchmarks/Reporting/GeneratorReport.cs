using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using ClaimDsl.Benchmarks.Generator;

namespace ClaimDsl.Benchmarks.Reporting;

/// <summary>
/// The generator's table: BenchmarkDotNet's time and allocation for each run, beside the same runs
/// timed in one process (wall and CPU), what each re-run re-did (from the driver's tracked steps),
/// and the performance issue's target for it.
/// </summary>
public static class GeneratorReport
{
    /// <summary>The issue's cold-run target: 100,000 claims in under 1.5 s.</summary>
    private const int TargetClaims = 100_000;
    private const double TargetSeconds = 1.5;

    private static string CollectorOfThisProcess() =>
        System.Runtime.GCSettings.IsServerGC ? "server" : System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? "batch" : "workstation concurrent (.NET's default)";

    public static void Write(IEnumerable<Summary> summaries, GeneratorProject project, GeneratorProject stepsProject, IReadOnlyList<GeneratorCase> cases, (double Wall, double Cpu) library, TextWriter output)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.Success && r.ResultStatistics is not null)
            .ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name);
        int claims = project.ClaimCount;

        output.WriteLine("### The source generator");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{project.Files.Name}: {project.ClaimFiles.Length:N0} claim files, {claims:N0} claims, {Figures.Bytes(project.ClaimBytes)}. Mean, StdDev, n and Allocated are"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BenchmarkDotNet's; wall and CPU are the median of the same run timed in one process (CPU: all threads, GC included; this process's collector: {CollectorOfThisProcess()})."));
        output.WriteLine("Sources re-emitted: sources of the re-run that are not the warm run's own objects (the driver made them again).");
        output.WriteLine();
        var table = new MarkdownTable("Run", "Mean", "StdDev", "n", "Allocated", "Wall", "CPU", "Sources re-emitted", "Target");
        foreach (var run in cases)
        {
            reports.TryGetValue(MethodOf(run.Name), out var report);
            var statistics = report?.ResultStatistics;
            long? allocated = report?.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            table.Add(run.Name,
                statistics is null ? "-" : Figures.Milliseconds(statistics.Mean),
                statistics is null ? "-" : Figures.Milliseconds(statistics.StandardDeviation),
                statistics is null ? "-" : statistics.N.ToString(CultureInfo.InvariantCulture),
                allocated is { } bytes ? Figures.Bytes(bytes) : "-",
                Figures.Milliseconds(Figures.Median(run.WallSeconds) * 1e9),
                Figures.Milliseconds(Figures.Median(run.CpuSeconds) * 1e9),
                string.Create(CultureInfo.InvariantCulture, $"{run.SourcesReEmitted:N0} of {run.Sources:N0}"),
                run.Name == GeneratorSteps.Cold ? ColdVerdict(statistics?.Mean ?? Figures.Median(run.WallSeconds) * 1e9, claims) : "");
        }
        table.Write(output);
        output.WriteLine();
        var cold = cases.Single(c => c.Name == GeneratorSteps.Cold);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"The language library alone (ClaimDocument.Load of each file through its own workspace, as the generator calls it) over the same files: {Figures.Milliseconds(library.Wall * 1e9)} wall, {Figures.Milliseconds(library.Cpu * 1e9)} CPU, {Figures.Number(100 * library.Cpu / Figures.Median(cold.CpuSeconds), 0)} % of the cold run's CPU time."));

        output.WriteLine();
        output.WriteLine($"What each run re-did, from the driver's tracked steps over {stepsProject.Files.Name} ({stepsProject.ClaimFiles.Length:N0} files, {stepsProject.ClaimCount:N0} claims; step");
        output.WriteLine("tracking is too slow to run over the full set). A step ran for a file unless its output was Cached. Outlined: parsed");
        output.WriteLine("for its imports; gathered: its inputs collected; checked: parsed, bound, checked and emitted (ahead: of those, by the");
        output.WriteLine("step that checks the files that need it in parallel before each file's own step takes the outcome).");
        output.WriteLine();
        var steps = new MarkdownTable("Run", "Files outlined", "Files gathered", "Files checked", "Checked ahead", "Code changed", "Sources re-emitted", "Target");
        foreach (var run in cases)
        {
            var s = run.Steps;
            steps.Add(run.Name, Count(s.Outlined), Count(s.Gathered), Count(s.Checked), Count(s.CheckedAhead), Count(s.CodeChanged),
                $"{Count(s.SourcesReEmitted)} of {Count(s.Sources)} ({Count(s.FilesReEmitted)} {(s.FilesReEmitted == 1 ? "file" : "files")})", StepVerdict(run));
        }
        steps.Write(output);
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string MethodOf(string caseName) => caseName switch
    {
        GeneratorSteps.Cold => nameof(GeneratorBenchmarks.ColdRun),
        _ when caseName == GeneratorSteps.Label(GeneratorEdit.CSharpFile) => nameof(GeneratorBenchmarks.CSharpEdit),
        _ when caseName == GeneratorSteps.Label(GeneratorEdit.ClaimText) => nameof(GeneratorBenchmarks.ClaimEdit),
        _ => nameof(GeneratorBenchmarks.CommentEdit),
    };

    private static string ColdVerdict(double meanNs, int claims)
    {
        if (claims < TargetClaims) return string.Create(CultureInfo.InvariantCulture, $"the target (under {TargetSeconds} s) is for {TargetClaims:N0} claims");
        double seconds = meanNs / 1e9;
        return seconds < TargetSeconds ? $"under {TargetSeconds} s: met" : $"under {TargetSeconds} s: not met ({Figures.Ratio(seconds / TargetSeconds)} the target)";
    }

    /// <summary>The issue's targets for the re-runs, checked against what the steps did.</summary>
    private static string StepVerdict(GeneratorCase run)
    {
        var s = run.Steps;
        if (run.Name == GeneratorSteps.Label(GeneratorEdit.CSharpFile))
            return s.Outlined == 0 && s.Checked == 0 && s.CheckedAhead == 0 ? "no claim file re-parsed: met" : "no claim file re-parsed: not met";
        if (run.Name == GeneratorSteps.Label(GeneratorEdit.ClaimText))
            return s.Outlined <= 1 && s.Checked == 1 && s.CheckedAhead <= 1 && s.FilesReEmitted == 1 ? "only that file re-parsed and re-emitted: met" : "only that file re-parsed and re-emitted: not met";
        if (run.Name == GeneratorSteps.Label(GeneratorEdit.Comment))
            return s.SourcesReEmitted == 0 ? "no new source: met" : "no new source: not met";
        return "";
    }
}
