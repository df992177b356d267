using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Benchmarks.Readers;
using ClaimDsl.Benchmarks.Reporting;
using ClaimDsl.Rules;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;

namespace ClaimDsl.Benchmarks.Scaling;

/// <summary>
/// Where parse + bind + rules spends its time and memory, phase by phase, through the public
/// API only: the line table (<c>SourceText</c>), the parser (<c>ClaimParser.Parse</c>), the
/// binder (<c>Compilation.Create</c>) and the rules (<c>RuleEngine.Run</c>) — the same steps,
/// in the same order, as <c>ClaimDocument.Parse</c>. Also how much of each phase the garbage
/// collector's pauses take.
/// </summary>
public static class PhaseBreakdown
{
    private sealed record Phase(string Name, List<double> Seconds, List<long> Allocated, List<double> PauseSeconds);

    /// <summary>
    /// One read, phase by phase, while the previous pass's result is still referenced, as
    /// BenchmarkDotNet holds an iteration's result until the next one has returned. It matters:
    /// with that result alive the collector has a larger generation 2 and collects it less
    /// often, and a 10 MB read took 330-480 ms against 510-590 ms from a heap holding only
    /// its input (docs/performance-history.md, "The eighth round").
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static object Pass(CorpusInput input, ClaimWorkspace workspace, Phase[] phases, int pass)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var text = Timed(phases[0], pass, () => new SourceText(input.Text!, input.Path));
        var tree = Timed(phases[1], pass, () => ClaimParser.Parse(text));
        var compilation = Timed(phases[2], pass, () => Compilation.Create(tree, workspace));
        var diagnostics = Timed(phases[3], pass, () => RuleEngine.Run(compilation, workspace));
        return (compilation, diagnostics);
    }

    public static void Run(CorpusSpec spec, int repeat, TextWriter output)
    {
        var input = CorpusInput.Load(spec, InputFormat.Claims);
        var workspace = new ClaimWorkspace(new InMemorySourceProvider(new Dictionary<string, string>()));
        var phases = new[] { "line table", "parse", "bind", "rules" }
            .Select(name => new Phase(name, new List<double>(), new List<long>(), new List<double>())).ToArray();

        // The first pass warms the code up and is not counted. Each starts from the heap
        // BenchmarkDotNet leaves before an iteration (two full collections around the
        // finalizers), so the totals compare with its means: after only one, the same 10 MB
        // read took 1.3x-1.6x as long (docs/performance-history.md, "The seventh round").
        object? previous = null;
        for (int pass = 0; pass <= repeat; pass++)
            previous = Pass(input, workspace, phases, pass);
        GC.KeepAlive(previous);

        double total = phases.Sum(p => Figures.Median(p.Seconds));
        output.WriteLine($"### Where parse + bind + rules goes: {spec.Name} ({Figures.Bytes(input.Bytes)}, median of {repeat} runs)");
        output.WriteLine();
        var table = new MarkdownTable("Phase", "Median", "Share", "Allocated", "B / input byte", "GC pauses", "GC share of phase");
        foreach (var phase in phases)
        {
            double seconds = Figures.Median(phase.Seconds), pauses = Figures.Median(phase.PauseSeconds);
            double allocated = phase.Allocated.Average();
            table.Add(phase.Name, Figures.Number(seconds * 1000, 0) + " ms", Figures.Number(100 * seconds / total, 0) + " %",
                Figures.Bytes(allocated), Figures.Number(allocated / input.Bytes, 1),
                Figures.Number(pauses * 1000, 0) + " ms", Figures.Number(100 * pauses / seconds, 0) + " %");
        }
        table.Add("total", Figures.Number(total * 1000, 0) + " ms", "100 %",
            Figures.Bytes(phases.Sum(p => p.Allocated.Average())), Figures.Number(phases.Sum(p => p.Allocated.Average()) / input.Bytes, 1),
            Figures.Number(phases.Sum(p => Figures.Median(p.PauseSeconds)) * 1000, 0) + " ms", Figures.Number(100 * phases.Sum(p => Figures.Median(p.PauseSeconds)) / total, 0) + " %");
        table.Write(output);
    }

    private static T Timed<T>(Phase phase, int pass, Func<T> step)
    {
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var result = step();
        clock.Stop();
        if (pass > 0)
        {
            phase.Seconds.Add(clock.Elapsed.TotalSeconds);
            phase.Allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
            phase.PauseSeconds.Add((GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds);
        }
        return result;
    }
}
