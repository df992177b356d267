using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ClaimDsl.Benchmarks.Corpus;

namespace ClaimDsl.Benchmarks.Readers;

/// <summary>
/// Reading one corpus every way there is, in one run and one table: ClaimDsl (parse only, and
/// parse + bind + rules) against the textbook Sprache grammar, YamlDotNet and System.Text.Json
/// reading the same articles. Each method is named after its <see cref="Workload"/>, which is
/// how the summary finds the input size behind each row.
/// </summary>
[MemoryDiagnoser]
public class ReadCorpusBenchmarks
{
    /// <summary>Set by <c>--corpora</c> (through the environment, so BenchmarkDotNet's child processes see it too).</summary>
    public const string CorporaVariable = "CLAIMDSL_BENCH_CORPORA";

    public static readonly string[] DefaultCorpora = { "synthetic-1MB", "synthetic-10MB", "liar2-1MB", "liar2-10MB" };

    private readonly Dictionary<InputFormat, CorpusInput> _inputs = new();

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "";

    public static IEnumerable<string> Corpora =>
        Environment.GetEnvironmentVariable(CorporaVariable) is { Length: > 0 } chosen
            ? chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : DefaultCorpora;

    [GlobalSetup]
    public void LoadCorpus()
    {
        var spec = CorpusSpec.Parse(Corpus);
        foreach (var format in Enum.GetValues<InputFormat>()) _inputs[format] = CorpusInput.Load(spec, format);
    }

    [Benchmark]
    public object ClaimDslParse() => Run(Workload.ClaimDslParse);

    [Benchmark(Baseline = true)]
    public object ClaimDslCheck() => Run(Workload.ClaimDslCheck);

    [Benchmark]
    public object SpracheTextbook() => Run(Workload.SpracheTextbook);

    [Benchmark]
    public object YamlDotNet() => Run(Workload.YamlDotNet);

    [Benchmark]
    public object JsonSourceGenerated() => Run(Workload.JsonSourceGenerated);

    [Benchmark]
    public object JsonReflection() => Run(Workload.JsonReflection);

    private object Run(Workload workload) => Workloads.Run(workload, _inputs[Workloads.FormatOf(workload)]);
}
