using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ClaimDsl.Benchmarks.Reporting;
using ClaimDsl.Generator;
using Microsoft.CodeAnalysis;

namespace ClaimDsl.Benchmarks.Generator;

/// <summary>What one run of the generator did, read from the driver's tracked steps.</summary>
/// <param name="Outlined">Claim files the Outlines step parsed (to find their imports).</param>
/// <param name="Gathered">Claim files whose inputs (the file and what it imports) were gathered again.</param>
/// <param name="Checked">Claim files whose check step (parse, bind, rules, emit: the expensive one) ran again.</param>
/// <param name="CheckedAhead">Of those, the files the step ahead checked in parallel (the check step then took their outcome).</param>
/// <param name="CodeChanged">Claim files whose generated code came out different.</param>
/// <param name="FilesReEmitted">Claim files whose sources were added to the compilation again.</param>
/// <param name="SourcesReEmitted">Sources (one class per article) in those files.</param>
/// <param name="Sources">Sources in the compilation after the run.</param>
/// <param name="Errors">Error diagnostics the run reported (the corpus has none).</param>
public sealed record StepCounts(int Outlined, int Gathered, int Checked, int CheckedAhead, int CodeChanged, int FilesReEmitted, int SourcesReEmitted, int Sources, int Errors)
{
    /// <summary>
    /// A step ran for an item unless its output is <c>Cached</c> (its input did not change);
    /// <c>Unchanged</c> means it ran and produced an equal result, which stops the steps after it.
    /// </summary>
    public static StepCounts Of(GeneratorDriver driver)
    {
        var result = ResultOf(driver);
        var steps = result.TrackedSteps;
        IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(string step) =>
            steps.TryGetValue(step, out var runs) ? runs.SelectMany(r => r.Outputs) : throw new InvalidOperationException($"The generator has no step named {step}: step tracking must be on.");
        int Ran(string step) => Outputs(step).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged);
        int Changed(string step) => Outputs(step).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        // A cached output is the previous run's count, not work done in this one.
        int checkedAhead = Outputs(TrackingNames.CheckedAhead).Where(o => o.Reason != IncrementalStepRunReason.Cached).Sum(o => ((ClaimDsl.Generator.Pipeline.CheckedAhead)o.Value).Files);
        var reEmitted = Outputs(TrackingNames.Sources).Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).ToList();
        return new StepCounts(
            Ran(TrackingNames.Outlines), Ran(TrackingNames.Inputs), Ran(TrackingNames.Checked), checkedAhead, Changed(TrackingNames.Code),
            reEmitted.Count, reEmitted.Sum(o => ((IEnumerable)o.Value).Cast<object>().Count()),
            result.GeneratedSources.Length, ErrorsOf(result));
    }

    /// <summary>The generator's result; its exception, when it threw, becomes ours.</summary>
    public static GeneratorRunResult ResultOf(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        return result.Exception is { } exception ? throw new InvalidOperationException("The generator failed: " + exception.Message, exception) : result;
    }

    public static int ErrorsOf(GeneratorRunResult result) => result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// One case: what it re-did on the smaller file set (tracked steps), how many of the full set's
/// sources it re-emitted, and wall and CPU time of untracked runs over the full set.
/// </summary>
public sealed record GeneratorCase(string Name, StepCounts Steps, int SourcesReEmitted, int Sources, IReadOnlyList<double> WallSeconds, IReadOnlyList<double> CpuSeconds);

/// <summary>
/// The generator's cases run in this process. Step tracking is run on a smaller set of files:
/// Roslyn's recording of the step trees grows much faster than the number of files (a tracked
/// cold run over 1,000 files had not finished after five minutes; an untracked one takes
/// seconds), and which steps re-run for an edit does not depend on how many other files there
/// are. Each edit is re-run twice from the same warm driver, which must do the same both times:
/// the proof that the benchmarks, which re-run one warm driver many times, time the same work
/// each time. On the full set, with tracking off as in the compiler, each run is timed with a
/// stopwatch and the process's CPU time, and its re-emitted sources are counted by identity: a
/// source the driver took from its cache is the same object as in the warm run.
/// </summary>
public static class GeneratorSteps
{
    public const string Cold = "Cold run";

    public static string Label(GeneratorEdit edit) => edit switch
    {
        GeneratorEdit.CSharpFile => "Edit to the C# file",
        GeneratorEdit.ClaimText => "Edit to one claim",
        _ => "Comment added to one file",
    };

    public static List<GeneratorCase> Run(GeneratorProject project, GeneratorProject stepsProject, int repeat, TextWriter log)
    {
        var steps = CountSteps(stepsProject, log);

        // The first two runs compile the code (JIT, then again optimised while the second runs);
        // they are not timed. Nothing of them is kept while the cold runs are timed: a warm
        // driver holds about a gigabyte, and a heap that large lets the collector wait longer
        // than it does in a build from nothing (one full collection a run instead of two or three).
        ColdSources(project);
        int sources = ColdSources(project);
        var (coldWall, coldCpu) = Time(repeat, () => GeneratorProject.Run(project.NewDriver(), project.Compilation, out _));
        var warm = GeneratorProject.Run(project.NewDriver(), project.Compilation, out _);
        var cases = new List<GeneratorCase> { new(Cold, steps[Cold], sources, sources, coldWall, coldCpu) };
        foreach (var edit in Enum.GetValues<GeneratorEdit>())
        {
            var (driver, compilation) = project.Apply(edit, warm);
            int reEmitted = ReEmitted(warm, GeneratorProject.Run(driver, compilation, out _));
            var (wall, cpu) = Time(repeat, () => GeneratorProject.Run(driver, compilation, out _));
            cases.Add(new GeneratorCase(Label(edit), steps[Label(edit)], reEmitted, sources, wall, cpu));
        }
        return cases;
    }

    /// <summary>Runs the generator once over the project (not timed) and returns how many sources it added; it must report no error.</summary>
    private static int ColdSources(GeneratorProject project)
    {
        var result = StepCounts.ResultOf(GeneratorProject.Run(project.NewDriver(), project.Compilation, out _));
        if (StepCounts.ErrorsOf(result) is > 0 and var errors)
            throw new InvalidOperationException($"The cold run over {project.Files.Name} reported {errors} errors; the corpus must check clean.");
        return result.GeneratedSources.Length;
    }

    private static Dictionary<string, StepCounts> CountSteps(GeneratorProject project, TextWriter log)
    {
        var warm = GeneratorProject.Run(project.NewDriver(trackSteps: true), project.Compilation, out _);
        var cold = StepCounts.Of(warm);
        if (cold.Errors > 0 || cold.Checked != project.ClaimFiles.Length)
            throw new InvalidOperationException($"The cold run over {project.Files.Name} checked {cold.Checked} of {project.ClaimFiles.Length} files and reported {cold.Errors} errors; the corpus must check clean.");
        log.WriteLine($"{project.Files.Name}, {Cold}: {Describe(cold)}");
        var counts = new Dictionary<string, StepCounts> { [Cold] = cold };
        foreach (var edit in Enum.GetValues<GeneratorEdit>())
        {
            var (driver, compilation) = project.Apply(edit, warm);
            var first = GeneratorProject.Run(driver, compilation, out _);
            var once = StepCounts.Of(first);
            var twice = StepCounts.Of(GeneratorProject.Run(driver, compilation, out _));
            if (once != twice)
                throw new InvalidOperationException($"{Label(edit)}: two re-runs from the same warm driver did different work ({Describe(once)}; then {Describe(twice)}), so the benchmarks would not time one re-run.");
            if (ReEmitted(warm, first) != once.SourcesReEmitted)
                throw new InvalidOperationException($"{Label(edit)}: the tracked steps re-emitted {once.SourcesReEmitted} sources, but {ReEmitted(warm, first)} sources are new objects; the count by identity used on the full set would be wrong.");
            counts[Label(edit)] = once;
            log.WriteLine($"{project.Files.Name}, {Label(edit)}: {Describe(once)}");
        }
        return counts;
    }

    /// <summary>Sources of the re-run that are not the very objects of the warm run: the ones the driver made again.</summary>
    private static int ReEmitted(GeneratorDriver warm, GeneratorDriver rerun)
    {
        var before = StepCounts.ResultOf(warm).GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);
        return StepCounts.ResultOf(rerun).GeneratedSources.Count(s => !before.TryGetValue(s.HintName, out var text) || !ReferenceEquals(text, s.SourceText));
    }

    private static string Describe(StepCounts s) =>
        $"{s.Outlined} claim files outlined, {s.Gathered} gathered, {s.Checked} checked ({s.CheckedAhead} of them ahead, in parallel), code changed in {s.CodeChanged}, {s.SourcesReEmitted} sources from {s.FilesReEmitted} files re-emitted, {s.Sources} sources in all, {s.Errors} errors";

    private static (List<double> Wall, List<double> Cpu) Time(int repeat, Action run)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < repeat; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            run();
            clock.Stop();
            process.Refresh();
            wall.Add(clock.Elapsed.TotalSeconds);
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        return (wall, cpu);
    }

    /// <summary>The language library alone over the same files, the way the generator calls it (a workspace per file): the share of the cold run that is not the generator's own.</summary>
    public static (double Wall, double Cpu) LibraryOnly(GeneratorProject project, int repeat)
    {
        var texts = project.ClaimFiles.Select(f => (Path: ClaimDsl.Semantics.InMemorySourceProvider.Normalize(f.Path), Text: f.GetText()!.ToString())).ToImmutableArray();
        void CheckAll()
        {
            foreach (var (path, text) in texts)
                ClaimDocument.Load(path, new ClaimDsl.Semantics.ClaimWorkspace(new ClaimDsl.Semantics.InMemorySourceProvider(new[] { new KeyValuePair<string, string>(path, text) })));
        }
        CheckAll();
        var (wall, cpu) = Time(repeat, CheckAll);
        return (Figures.Median(wall), Figures.Median(cpu));
    }
}
