using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Semantics;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// Files are checked in parallel, yet the report is byte-identical for 1 and many threads, and
/// a file imported by every checked file is read once and reported once.
/// </summary>
public class DeterminismTests
{
    private const int FileCount = 80;

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void One_thread_and_many_threads_write_the_same_report(string format)
    {
        using var folder = Corpus();

        var single = Tool.Run(folder.Path, "check", "--format", format, "--threads", "1");
        var many = Tool.Run(folder.Path, "check", "--format", format, "--threads", "8");
        var again = Tool.Run(folder.Path, "check", "--format", format, "--threads", "8");

        Assert.True(single.ExitCode == ExitCodes.ErrorsFound, single.ToString());
        Assert.Equal(single, many);
        Assert.Equal(single, again);
    }

    [Fact]
    public void The_corpus_report_is_what_its_files_hold()
    {
        using var folder = Corpus();

        var report = JsonDocument.Parse(Tool.Run(folder.Path, "check", "--format", "json", "--threads", "8").Output).RootElement;

        var codes = report.GetProperty("diagnostics").EnumerateArray().Select(d => (File: d.GetProperty("file").GetString()!, Code: d.GetProperty("code").GetString()!)).ToArray();
        Assert.Equal(FileCount + 1, report.GetProperty("files").GetInt32());
        Assert.Equal(FileCount * 2, report.GetProperty("claims").GetInt32());
        Assert.Equal(["CLM062"], codes.Where(c => c.File == "shared.claims").Select(c => c.Code));
        Assert.Equal(FileCount / 3 + 1, codes.Count(c => c.Code == "CLM010"));
        Assert.Equal(codes.OrderBy(c => c.File, System.StringComparer.Ordinal).Select(c => c.File), codes.Select(c => c.File));
    }

    [Fact]
    public void Every_file_is_read_once_however_many_import_it()
    {
        using var folder = Corpus();
        var provider = new CountingProvider();

        var run = Tool.Run(folder.Path, provider, "check", "--threads", "8");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(FileCount + 1, provider.Reads.Count);
        Assert.All(provider.Reads, read => Assert.True(read.Value == 1, $"{read.Key} was read {read.Value} times"));
    }

    /// <summary>
    /// <see cref="FileCount"/> articles that all import <c>shared.claims</c> (which has one
    /// error); every third file has a claim without a source.
    /// </summary>
    private static TempFolder Corpus()
    {
        var folder = TempFolder.Create();
        folder.Write(".globalconfig", "is_global = true\n");
        folder.Write("shared.claims", "org agency \"Agency\"\n  kind agencyy\n\nperson speaker \"A Speaker\"\n");
        for (int i = 0; i < FileCount; i++)
        {
            string n = i.ToString("D3", CultureInfo.InvariantCulture);
            var text = new StringBuilder()
                .Append("import \"../shared.claims\"\n\n")
                .Append($"article report_{n}\n  title \"Report {n}\"\n  outlet agency\n  published 2016-10-06\n\n")
                .Append($"claim first_{n}\n  by speaker\n  paraphrase \"the first thing, number {n}\"\n  on 2016-10-0{1 + i % 5}\n  source direct\n\n")
                .Append($"claim second_{n}\n  by speaker\n  paraphrase \"the second thing\"\n")
                .Append(i % 3 == 0 ? "" : "  source agency\n");
            folder.Write($"articles/report_{n}.claims", text.ToString());
        }
        return folder;
    }

    private sealed class CountingProvider : ISourceProvider
    {
        public ConcurrentDictionary<string, int> Reads { get; } = new();

        public string Resolve(string fromFile, string relativePath) => FileSystemSourceProvider.Instance.Resolve(fromFile, relativePath);

        public FileReadResult Read(string path)
        {
            Reads.AddOrUpdate(path, 1, (_, n) => n + 1);
            Thread.Sleep(1); // widen the window in which two threads could read the same import
            return FileSystemSourceProvider.Instance.Read(path);
        }
    }
}
