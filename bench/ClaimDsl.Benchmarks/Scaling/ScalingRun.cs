using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Benchmarks.Readers;
using ClaimDsl.Benchmarks.Reporting;

namespace ClaimDsl.Benchmarks.Scaling;

/// <summary>What one measuring process found: times and allocations of each run, and the process's peak memory.</summary>
public sealed record Measurement(
    string Corpus, Workload Workload, long InputBytes, double[] Seconds, double[] CpuSeconds, long[] AllocatedBytes, double[] GcPauseSeconds,
    long PeakWorkingSetBytes, int Gen0Collections, int Gen1Collections, int Gen2Collections);

/// <summary>
/// How cost grows with input size. Each (workload, size) runs in a fresh process, so that peak
/// memory belongs to that size alone: the process reads the corpus, warms the code up on a 1 MB
/// corpus, then times whole runs with a stopwatch. Peak memory is the process's peak working
/// set (on Linux the kernel's VmHWM, the same figure as <c>/usr/bin/time</c>'s maximum resident
/// set size). BenchmarkDotNet would repeat a 100 MB run dozens of times; this does it a few.
/// </summary>
public static class ScalingRun
{
    /// <summary>The parent: runs every measurement in its own process; null, having said why, when one fails.</summary>
    public static IReadOnlyList<Measurement>? Run(string kind, IReadOnlyList<int> sizes, IReadOnlyList<Workload> workloads, int repeat, TextWriter output)
    {
        var warmup = new CorpusSpec(kind, 1);
        var specs = sizes.Select(size => new CorpusSpec(kind, size)).ToList();
        if (!specs.Append(warmup).Distinct().All(spec => CorpusFiles.Ensure(spec, output))) return null;

        var results = new List<Measurement>();
        foreach (var workload in workloads)
        {
            foreach (var spec in specs)
            {
                output.WriteLine($"measuring {Workloads.Label(workload)} on {spec.Name} ({repeat} runs) ...");
                var measurement = Child(spec, warmup, workload, repeat, output);
                if (measurement is null) return null;
                results.Add(measurement);
            }
        }
        return results;
    }

    /// <summary>
    /// One timed read. What it read is dropped when this returns: read in the loop itself, the
    /// last read's tree and model stayed referenced during the next one, and the peak memory
    /// measured two reads' worth from the second repeat on.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double Seconds, double Cpu, long Allocated, double Paused) Once(Workload workload, CorpusInput input)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(Workloads.Run(workload, input));
        clock.Stop();
        return (clock.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - before, (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds);
    }

    /// <summary>The child: one workload on one corpus, printed as one line of JSON for the parent.</summary>
    public static void Measure(CorpusSpec spec, CorpusSpec warmup, Workload workload, int repeat, TextWriter output)
    {
        var format = Workloads.FormatOf(workload);
        GC.KeepAlive(Workloads.Run(workload, CorpusInput.Load(warmup, format)));
        var input = CorpusInput.Load(spec, format);
        var seconds = new double[repeat];
        var cpu = new double[repeat];
        var allocated = new long[repeat];
        var paused = new double[repeat];
        for (int run = 0; run < repeat; run++)
            (seconds[run], cpu[run], allocated[run], paused[run]) = Once(workload, input);
        using var process = Process.GetCurrentProcess();
        var measurement = new Measurement(spec.Name, workload, input.Bytes, seconds, cpu, allocated, paused, process.PeakWorkingSet64,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        output.WriteLine(JsonSerializer.Serialize(measurement, ScalingJson.Options));
    }

    private static Measurement? Child(CorpusSpec spec, CorpusSpec warmup, Workload workload, int repeat, TextWriter output)
    {
        string program = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Started as `dotnet ClaimDsl.Benchmarks.dll`, the child needs the dll too; started as the apphost, it does not.
        if (Path.GetFileNameWithoutExtension(program).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(typeof(ScalingRun).Assembly.Location);
        foreach (var argument in new[] { "measure", "--corpus", spec.Name, "--warmup", warmup.Name, "--workload", workload.ToString(), "--repeat", repeat.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var errors = child.StandardError.ReadToEndAsync();
        string lines = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        string last = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        if (child.ExitCode == 0 && last.StartsWith('{')) return JsonSerializer.Deserialize<Measurement>(last, ScalingJson.Options);
        output.WriteLine($"The measurement of {workload} on {spec.Name} failed (exit code {child.ExitCode}):");
        output.WriteLine(lines + errors.Result);
        return null;
    }

    public static void WriteTable(IReadOnlyList<Measurement> results, TextWriter output)
    {
        output.WriteLine("### Scaling with input size");
        output.WriteLine();
        output.WriteLine("One fresh process per row; medians of the runs. Wall is stopwatch time (min-max beside it); CPU is the");
        output.WriteLine("processor time the whole process used meanwhile (all threads, GC included), which other programs on a");
        output.WriteLine("busy machine inflate far less than wall time. \"x previous\" divides this size's median by the previous");
        output.WriteLine("size's: linear growth gives the ratio of the sizes (10x for 10 MB -> 100 MB). Peak memory is the whole");
        output.WriteLine("process's peak working set, input text included; GC pauses is the share of wall time the garbage");
        output.WriteLine("collector had the program stopped; GC counts include the warm-up.");
        output.WriteLine();
        var table = new MarkdownTable("Reader", "Corpus", "Input", "Wall", "Wall min-max", "CPU", "MB/s wall / CPU", "x previous wall / CPU",
            "Allocated / run", "B / input byte", "GC pauses", "Peak memory", "GCs (0/1/2)");
        foreach (var workload in results.GroupBy(r => r.Workload))
        {
            Measurement? previous = null;
            foreach (var m in workload.OrderBy(r => r.InputBytes))
            {
                double wall = Figures.Median(m.Seconds), cpu = Figures.Median(m.CpuSeconds);
                string growth = previous is null ? ""
                    : $"{Figures.Ratio(wall / Figures.Median(previous.Seconds))} / {Figures.Ratio(cpu / Figures.Median(previous.CpuSeconds))} (size {Figures.Ratio((double)m.InputBytes / previous.InputBytes)})";
                double allocated = m.AllocatedBytes.Average();
                table.Add(Workloads.Label(m.Workload), m.Corpus, Figures.Bytes(m.InputBytes),
                    Figures.Number(wall, 2) + " s", $"{Figures.Number(m.Seconds.Min(), 2)}-{Figures.Number(m.Seconds.Max(), 2)} s", Figures.Number(cpu, 2) + " s",
                    $"{Figures.Number(m.InputBytes / 1e6 / wall, 1)} / {Figures.Number(m.InputBytes / 1e6 / cpu, 1)}", growth,
                    Figures.Bytes(allocated), Figures.Number(allocated / m.InputBytes, 1),
                    Figures.Number(100 * m.GcPauseSeconds.Sum() / m.Seconds.Sum(), 0) + " %", Figures.Bytes(m.PeakWorkingSetBytes), $"{m.Gen0Collections}/{m.Gen1Collections}/{m.Gen2Collections}");
                previous = m;
            }
        }
        table.Write(output);
        WriteRatios(results, output);
    }

    /// <summary>When several readers read the same corpus: ClaimDsl's parse+bind+rules against each, by wall and by CPU time.</summary>
    private static void WriteRatios(IReadOnlyList<Measurement> results, TextWriter output)
    {
        var baselines = results.Select(r => r.Workload).Distinct().Where(w => w != Workload.ClaimDslCheck).ToList();
        var corpora = results.GroupBy(r => r.Corpus).Where(g => g.Any(r => r.Workload == Workload.ClaimDslCheck) && g.Count() > 1).ToList();
        if (corpora.Count == 0) return;
        output.WriteLine();
        output.WriteLine("### ClaimDsl parse+bind+rules against each reader, same corpus (baseline's time / ClaimDsl's; wall / CPU)");
        output.WriteLine();
        var table = new MarkdownTable(new[] { "Corpus" }.Concat(baselines.Select(Workloads.Label)).ToArray());
        foreach (var corpus in corpora)
        {
            var ours = corpus.First(r => r.Workload == Workload.ClaimDslCheck);
            table.Add(new[] { corpus.Key }.Concat(baselines.Select(b => corpus.FirstOrDefault(r => r.Workload == b) is { } other
                ? $"{Figures.Ratio(Figures.Median(other.Seconds) / Figures.Median(ours.Seconds))} / {Figures.Ratio(Figures.Median(other.CpuSeconds) / Figures.Median(ours.CpuSeconds))}"
                : "-")).ToArray());
        }
        table.Write(output);
    }
}

/// <summary>How a child process reports its measurement to the parent.</summary>
internal static class ScalingJson
{
    public static JsonSerializerOptions Options { get; } = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}
