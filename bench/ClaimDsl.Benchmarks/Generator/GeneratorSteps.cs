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
/// <param name="Checked">Claim files parsed, bound, checked and emitted again: the expensive step.</param>
/// <param name="CodeChanged">Claim files whose generated code came out different.</param>
/// <param name="FilesReEmitted">Claim files whose sources were added to the compilation again.</param>
/// <param name="SourcesReEmitted">Sources (one class per article) in those files.</param>
/// <param name="Sources">Sources in the compilation after the run.</param>
/// <param name="Errors">Error diagnostics the run reported (the corpus has none).</param>
public sealed record StepCounts(int Outlined, int Gathered, int Checked, int CodeChanged, int FilesReEmitted, int SourcesReEmitted, int Sources, int Errors)
{
    /// <summary>
    /// A step ran for an item unless its output is <c>Cached</c> (its input did not change);
    /// <c>Unchanged</c> means it ran and produced an equal result, which stops the steps after it.
    /// </summary>
    public static StepCounts Of(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception) throw new InvalidOperationException("The generator failed: " + exception.Message, exception);
        var steps = result.TrackedSteps;
        IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(string step) =>
            steps.TryGetValue(step, out var runs) ? runs.SelectMany(r => r.Outputs) : throw new InvalidOperationException($"The generator has no step named {step}: step tracking must be on.");
        int Ran(string step) => Outputs(step).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged);
        int Changed(string step) => Outputs(step).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        var reEmitted = Outputs(TrackingNames.Sources).Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).ToList();
        return new StepCounts(
            Ran(TrackingNames.Outlines), Ran(TrackingNames.Inputs), Ran(TrackingNames.Checked), Changed(TrackingNames.Code),
            reEmitted.Count, reEmitted.Sum(o => ((IEnumerable)o.Value).Cast<object>().Count()),
            result.GeneratedSources.Length, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
    }
}

/// <summary>One case measured in this process: the step counts, and wall and CPU time of untracked runs.</summary>
public sealed record GeneratorCase(string Name, StepCounts Steps, IReadOnlyList<double> WallSeconds, IReadOnlyList<double> CpuSeconds);

/// <summary>
/// The generator's cases run in this process: once with step tracking, to count what each re-run
/// re-did (run twice from the same warm driver, which must do the same both times: the proof that
/// the benchmarks, which re-run one warm driver many times, measure the same work each time), then
/// timed with a stopwatch and the process's CPU time, with tracking off as in the compiler.
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

    public static List<GeneratorCase> Run(GeneratorProject project, int repeat, TextWriter log)
    {
        var cases = new List<GeneratorCase>();
        var trackedWarm = GeneratorProject.Run(project.NewDriver(trackSteps: true), project.Compilation, out _);
        var cold = StepCounts.Of(trackedWarm);
        if (cold.Errors > 0 || cold.Checked != project.ClaimFiles.Length)
            throw new InvalidOperationException($"The cold run over {project.Files.Name} checked {cold.Checked} of {project.ClaimFiles.Length} files and reported {cold.Errors} errors; the corpus must check clean.");

        // The first untracked run also compiles the code (JIT); it is not counted.
        var untrackedWarm = GeneratorProject.Run(project.NewDriver(), project.Compilation, out _);
        var (coldWall, coldCpu) = Time(repeat, () => GeneratorProject.Run(project.NewDriver(), project.Compilation, out _));
        cases.Add(new GeneratorCase(Cold, cold, coldWall, coldCpu));
        log.WriteLine($"{Cold}: {Describe(cold)}");

        foreach (var edit in Enum.GetValues<GeneratorEdit>())
        {
            var (tracked, trackedCompilation) = project.Apply(edit, trackedWarm);
            var first = StepCounts.Of(GeneratorProject.Run(tracked, trackedCompilation, out _));
            var second = StepCounts.Of(GeneratorProject.Run(tracked, trackedCompilation, out _));
            if (first != second)
                throw new InvalidOperationException($"{Label(edit)}: two re-runs from the same warm driver did different work ({Describe(first)}; then {Describe(second)}), so the benchmarks would not measure one re-run.");
            var (driver, compilation) = project.Apply(edit, untrackedWarm);
            GeneratorProject.Run(driver, compilation, out _);
            var (wall, cpu) = Time(repeat, () => GeneratorProject.Run(driver, compilation, out _));
            cases.Add(new GeneratorCase(Label(edit), first, wall, cpu));
            log.WriteLine($"{Label(edit)}: {Describe(first)}");
        }
        return cases;
    }

    private static string Describe(StepCounts s) =>
        $"{s.Outlined} files outlined, {s.Gathered} gathered, {s.Checked} checked, code changed in {s.CodeChanged}, {s.SourcesReEmitted} sources from {s.FilesReEmitted} files re-emitted, {s.Sources} sources in all, {s.Errors} errors";

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
