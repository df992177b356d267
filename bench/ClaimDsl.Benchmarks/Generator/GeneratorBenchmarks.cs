using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ClaimDsl.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace ClaimDsl.Benchmarks.Generator;

/// <summary>
/// The source generator over a project of claim files: a cold run (a new driver, as a build from
/// nothing), and the re-run after each kind of edit, from a driver warmed up by a run over the
/// unedited project. The warm driver and the edit are made in the global setup; the driver is
/// immutable, so every invocation re-runs from the same warm state and only the re-run is timed.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    /// <summary>Set by <c>generator --files</c> (through the environment, so BenchmarkDotNet's child processes see it too).</summary>
    public const string FileSetVariable = "CLAIMDSL_BENCH_GENERATOR_FILES";

    public const string DefaultFileSet = "files-1000";

    private GeneratorProject _project = null!;
    private GeneratorDriver _edited = null!;
    private Compilation _compilation = null!;

    [ParamsSource(nameof(FileSets))]
    public string FileSet { get; set; } = DefaultFileSet;

    public static IEnumerable<string> FileSets =>
        new[] { Environment.GetEnvironmentVariable(FileSetVariable) is { Length: > 0 } chosen ? chosen : DefaultFileSet };

    [GlobalSetup(Target = nameof(ColdRun))]
    public void LoadProject() => _project = GeneratorProject.Load(ClaimFileSet.Parse(FileSet));

    [GlobalSetup(Target = nameof(CSharpEdit))]
    public void WarmUpForCSharpEdit() => WarmUp(GeneratorEdit.CSharpFile);

    [GlobalSetup(Target = nameof(ClaimEdit))]
    public void WarmUpForClaimEdit() => WarmUp(GeneratorEdit.ClaimText);

    [GlobalSetup(Target = nameof(CommentEdit))]
    public void WarmUpForCommentEdit() => WarmUp(GeneratorEdit.Comment);

    /// <summary>
    /// Every claim file parsed, bound, checked and emitted, and the sources added to the
    /// compilation. Returns the number of sources, not the driver: BenchmarkDotNet keeps what a
    /// benchmark returns until the next invocation, and a driver holds its run's sources (400 MB
    /// of text over files-1000), which a build from nothing does not have in memory. Kept, they
    /// made each run 0.22-0.26 s slower (docs/performance-history.md, "The ninth round").
    /// </summary>
    [Benchmark]
    public int ColdRun() => GeneratorProject.Run(_project.NewDriver(), _project.Compilation, out _).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public GeneratorDriver CSharpEdit() => ReRun();

    [Benchmark]
    public GeneratorDriver ClaimEdit() => ReRun();

    [Benchmark]
    public GeneratorDriver CommentEdit() => ReRun();

    private GeneratorDriver ReRun() => GeneratorProject.Run(_edited, _compilation, out _);

    private void WarmUp(GeneratorEdit edit)
    {
        LoadProject();
        var warm = GeneratorProject.Run(_project.NewDriver(), _project.Compilation, out _);
        (_edited, _compilation) = _project.Apply(edit, warm);
    }
}
