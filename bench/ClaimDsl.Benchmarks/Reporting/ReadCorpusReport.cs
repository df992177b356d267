using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Benchmarks.Readers;

namespace ClaimDsl.Benchmarks.Reporting;

/// <summary>
/// Turns BenchmarkDotNet's results into the figures the performance issue asks for: MB/s,
/// bytes allocated per input byte, and how ClaimDsl compares with each baseline on the same
/// content. BenchmarkDotNet knows times and allocations; the input sizes come from the corpus files.
/// </summary>
public static class ReadCorpusReport
{
    private sealed record Row(CorpusSpec Corpus, Workload Workload, long InputBytes, long ContentBytes, double MeanNs, double StdDevNs, int Iterations, long? AllocatedBytes);

    public static void Write(IEnumerable<Summary> summaries, TextWriter output)
    {
        var rows = summaries.SelectMany(s => s.Reports)
            .Where(r => r.Success && r.ResultStatistics is not null)
            .Select(r =>
            {
                var corpus = CorpusSpec.Parse((string)r.BenchmarkCase.Parameters["Corpus"]);
                var workload = Enum.Parse<Workload>(r.BenchmarkCase.Descriptor.WorkloadMethod.Name);
                return new Row(corpus, workload, SizeOf(corpus, Workloads.FormatOf(workload)), SizeOf(corpus, InputFormat.Claims),
                    r.ResultStatistics!.Mean, r.ResultStatistics.StandardDeviation, r.ResultStatistics.N, r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase));
            })
            .OrderBy(r => r.Corpus.Kind, StringComparer.Ordinal).ThenBy(r => r.Corpus.Megabytes).ThenBy(r => r.Workload)
            .ToList();
        if (rows.Count == 0)
        {
            output.WriteLine("No benchmark finished, so there is no table. BenchmarkDotNet's log above says why.");
            return;
        }

        output.WriteLine("### Reading the same corpus");
        output.WriteLine();
        output.WriteLine("Mean time per read of the whole corpus. MB/s counts the bytes of the file each reader reads; the");
        output.WriteLine("`.claims`-MB/s column counts every reader against the size of the `.claims` file, so it compares");
        output.WriteLine("readers of the same content. Allocated is per read; per input byte it is divided by the reader's own file size.");
        output.WriteLine();
        var table = new MarkdownTable("Corpus", "Reader", "Input", "Mean", "StdDev", "n", "MB/s", ".claims-MB/s", "Allocated", "B / input byte");
        foreach (var row in rows)
        {
            table.Add(row.Corpus.Name, Workloads.Label(row.Workload), $"{Workloads.FormatOf(row.Workload).ToString().ToLowerInvariant()} {Figures.Bytes(row.InputBytes)}",
                Figures.Milliseconds(row.MeanNs), Figures.Milliseconds(row.StdDevNs), row.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Figures.Number(Figures.MegabytesPerSecond(row.InputBytes, row.MeanNs), 1),
                Figures.Number(Figures.MegabytesPerSecond(row.ContentBytes, row.MeanNs), 1),
                row.AllocatedBytes is { } allocated ? Figures.Bytes(allocated) : "?",
                row.AllocatedBytes is { } perOp ? Figures.Number((double)perOp / row.InputBytes, 1) : "?");
        }
        table.Write(output);

        output.WriteLine();
        output.WriteLine("### ClaimDsl against the baselines, same content");
        output.WriteLine();
        output.WriteLine("Each ratio is the baseline's time divided by ClaimDsl's on the same corpus: ClaimDsl's throughput as a");
        output.WriteLine("multiple of the baseline's (above 1: ClaimDsl is faster). Targets from the performance issue: parse+bind+rules");
        output.WriteLine("at least 3x YamlDotNet and at least 0.33x System.Text.Json, at most 20 bytes allocated per input byte.");
        output.WriteLine();
        var ratios = new MarkdownTable("Corpus", "ClaimDsl", "/ YamlDotNet", "/ STJ source-gen", "/ STJ reflection", "/ textbook Sprache", "B / input byte", "Targets");
        foreach (var corpus in rows.GroupBy(r => r.Corpus))
        {
            var byWorkload = corpus.ToDictionary(r => r.Workload);
            foreach (var subject in new[] { Workload.ClaimDslCheck, Workload.ClaimDslParse })
            {
                if (!byWorkload.TryGetValue(subject, out var ours)) continue;
                string Against(Workload baseline) => byWorkload.TryGetValue(baseline, out var other) ? Figures.Ratio(other.MeanNs / ours.MeanNs) : "-";
                double? perByte = ours.AllocatedBytes / (double)ours.InputBytes;
                ratios.Add(corpus.Key.Name, Workloads.Label(subject), Against(Workload.YamlDotNet), Against(Workload.JsonSourceGenerated),
                    Against(Workload.JsonReflection), Against(Workload.SpracheTextbook), perByte is { } b ? Figures.Number(b, 1) : "?",
                    subject == Workload.ClaimDslCheck ? Targets(byWorkload, ours, perByte) : "");
            }
        }
        ratios.Write(output);
    }

    private static string Targets(IReadOnlyDictionary<Workload, Row> byWorkload, Row ours, double? perByte)
    {
        var verdicts = new List<string>();
        if (byWorkload.TryGetValue(Workload.YamlDotNet, out var yaml)) verdicts.Add(yaml.MeanNs / ours.MeanNs >= 3 ? "YAML met" : "YAML not met");
        if (byWorkload.TryGetValue(Workload.JsonSourceGenerated, out var json)) verdicts.Add(json.MeanNs / ours.MeanNs >= 1.0 / 3 ? "JSON met" : "JSON not met");
        if (perByte is { } b) verdicts.Add(b <= 20 ? "alloc met" : "alloc not met");
        return string.Join(", ", verdicts);
    }

    private static long SizeOf(CorpusSpec corpus, InputFormat format) => new FileInfo(CorpusFiles.PathOf(corpus, format)).Length;
}
