using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Formatting;
using ClaimDsl.Generator.Tests;
using ClaimDsl.Model;
using ClaimDsl.Reliability.Tests.Support;
using ClaimDsl.Rules;
using ClaimDsl.Semantics;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ClaimDsl.Reliability.Tests;

/// <summary>
/// Inputs far from the usual: huge files, huge strings, many files, long chains of imports and
/// references, a file importing itself, empty and odd files. Each gets a clear result within
/// bounded memory, and no chain is followed by recursion deep enough to overflow a stack.
/// </summary>
public class BigAndOddInputTests(ITestOutputHelper output)
{
    /// <summary>A thread with a small stack (a compiler's worker threads are not bigger): a deep recursion fails here first.</summary>
    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("The work failed.", failure);
        return result;
    }

    [Fact]
    public void A_chain_of_five_thousand_files_each_importing_the_next_is_read_without_deep_recursion()
    {
        const int depth = 5000;
        var files = Enumerable.Range(0, depth).ToDictionary(
            i => $"/chain/f{i}.claims",
            i => (i + 1 < depth ? $"import \"f{i + 1}.claims\"\n" : "") + $"person p{i} \"Person {i}\"\n");
        var document = OnSmallStack(() => ClaimDocument.Load("/chain/f0.claims", new ClaimWorkspace(new InMemorySourceProvider(files))));

        Assert.Empty(document.Diagnostics);
        Assert.Equal(depth, document.Compilation.Trees.Length);
        Assert.Equal(depth, document.Entities.Length);
    }

    [Fact]
    public void A_file_importing_itself_is_reported_at_its_import_line()
    {
        var files = new Dictionary<string, string> { ["/self/me.claims"] = "person p \"P\"\nimport \"me.claims\"\n" };
        var document = ClaimDocument.Load("/self/me.claims", new ClaimWorkspace(new InMemorySourceProvider(files)));

        var cycle = Assert.Single(document.Diagnostics);
        Assert.Equal(ImportCycleRule.Rule.Code, cycle.Code);
        Assert.Equal((2, 8), (cycle.Span.StartLine, cycle.Span.StartColumn));
        Assert.Single(document.Entities);
    }

    [Fact]
    public void Long_chains_of_of_lines_and_relays_are_followed_in_linear_time_without_deep_recursion()
    {
        const int length = 20000;
        var text = new StringBuilder("article a\n  published 2016-10-06\n\nperson speaker \"Speaker\"\n  of o0\n");
        // Declared child before parent, so that building each organisation needs the next one first.
        for (int i = 0; i < length - 1; i++) text.Append($"org o{i} \"Organisation {i}\"\n  of o{i + 1}\n");
        text.Append($"org o{length - 1} \"The top\"\n");
        text.Append("claim c\n  by speaker\n  paraphrase \"x\"\n  source ").Append(string.Join(" via ", Enumerable.Range(0, length).Select(i => $"o{i}"))).Append('\n');

        var document = OnSmallStack(() => ClaimDocument.Parse(text.ToString(), "/chains/long.claims", new InMemorySourceProvider([])));

        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        var top = ((Person)document.Entities.Single(e => e.Id == "speaker")).Affiliation;
        for (int i = 0; i < length - 1; i++) top = top!.Parent;
        Assert.Equal("The top", top!.Name);
        Assert.Equal(length, document.Claims.Single().Sources.Single().Relays.Count);
    }

    [Fact]
    public void A_long_chain_of_of_lines_compiles_through_the_generator_without_deep_recursion()
    {
        const int length = 3000;
        var text = new StringBuilder("article a\n  published 2016-10-06\n\nperson speaker \"Speaker\"\n  of o0\n");
        for (int i = 0; i < length - 1; i++) text.Append($"org o{i} \"Organisation {i}\"\n  of o{i + 1}\n");
        text.Append($"org o{length - 1} \"The top\"\nclaim c\n  by speaker\n  paraphrase \"x\"\n  source direct\n");

        var run = OnSmallStack(() => GeneratorHarness.ForFiles(("/chains/long.claims", text.ToString())).Run());

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CLM021");
        Assert.Single(run.Sources);
    }

    [Fact]
    public void A_one_megabyte_string_is_read_formatted_and_generated_exactly()
    {
        string words = string.Concat(Enumerable.Repeat("He said \\\"no\\\" \\\\ \\u202E ", (1 << 20) / 20));
        string meaning = words.Replace("\\\"", "\"").Replace("\\\\", "\\").Replace("\\u202E", "\u202E");
        string text = $"article a\n  published 2016-10-06\n\nperson p \"P\"\n\nclaim big\n  by p\n  paraphrase \"{words}\"\n  source direct\n";
        Assert.True(text.Length > 1 << 20);

        var document = ClaimDocument.Parse(text, "/big/string.claims", new InMemorySourceProvider([]));
        Assert.False(document.HasErrors);
        Assert.Equal(meaning, document.Claims.Single().Statement.Text);

        var formatted = ClaimFormatter.Format(text, "/big/string.claims");
        Assert.Equal(FormatStatus.Unchanged, formatted.Status);

        var run = GeneratorHarness.ForFiles(("/big/string.claims", text)).Run();
        Assert.Empty(run.CompilationDiagnostics);
        var generated = run.Load().GetTypes().Single(t => t.Name == "A").GetProperty("All")!.GetValue(null);
        Assert.Equal(meaning, ((IReadOnlyList<Claim>)generated!).Single().Statement.Text);
    }

    [Fact]
    public void A_hundred_thousand_claims_in_one_file_are_checked_by_the_cli()
    {
        using var folder = TempFolder.Create();
        folder.Write("big.claims", ClaimFiles.Claims(100_000));
        var watch = Stopwatch.StartNew();
        var run = Tool.Run(folder.Path, "check", "big.claims", "--format", "json");
        output.WriteLine($"100,000 claims ({new FileInfo(folder.Of("big.claims")).Length:N0} bytes) checked in {watch.Elapsed.TotalSeconds:F1} s.");

        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(100_000, report.GetProperty("claims").GetInt32());
        Assert.Equal(0, report.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Ten_thousand_files_in_a_folder_are_all_checked_and_counted()
    {
        using var folder = TempFolder.Create();
        for (int i = 0; i < 10_000; i++)
        {
            // Every thousandth file names a speaker nobody declared: ten errors in all.
            string speaker = i % 1000 == 0 ? "nobody" : "p";
            folder.Write($"d{i / 100}/f{i}.claims", $"article a{i}\n  published 2016-10-06\n\nperson p \"P\"\n\nclaim c{i}\n  by {speaker}\n  paraphrase \"x\"\n  source direct\n");
        }
        var watch = Stopwatch.StartNew();
        var run = Tool.Run(folder.Path, "check", "--format", "json");
        output.WriteLine($"10,000 files checked in {watch.Elapsed.TotalSeconds:F1} s.");

        Assert.Equal(1, run.ExitCode);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(10_000, report.GetProperty("files").GetInt32());
        Assert.Equal(10_000, report.GetProperty("claims").GetInt32());
        var errors = report.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        Assert.Equal(10, errors.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(k => $"d{k * 10}/f{k * 1000}.claims"), errors.Select(e => e.GetProperty("file").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Empty_bom_crlf_invalid_utf8_and_binary_files_each_get_a_clear_result()
    {
        using var folder = TempFolder.Create();
        const string clean = "article a\n  published 2016-10-06\n\nperson p \"P\"\n\nclaim c\n  by p\n  paraphrase \"x\"\n  source direct\n";
        folder.Write("empty.claims", Array.Empty<byte>());
        folder.Write("bom-only.claims", new byte[] { 0xEF, 0xBB, 0xBF });
        folder.Write("bom.claims", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(clean.Replace("article a", "article b").Replace("claim c", "claim d"))]);
        folder.Write("crlf.claims", clean.Replace("article a", "article e").Replace("claim c", "claim f").Replace("\n", "\r\n"));
        folder.Write("latin1.claims", [.. Encoding.UTF8.GetBytes("person q \"Ren"), 0xE9, .. Encoding.UTF8.GetBytes("\"\n")]);
        folder.Write("image.claims", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01 });

        var run = Tool.Run(folder.Path, "check", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Error);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(6, report.GetProperty("files").GetInt32());
        var byFile = report.GetProperty("diagnostics").EnumerateArray().ToLookup(d => d.GetProperty("file").GetString()!);
        Assert.Empty(byFile["empty.claims"]);
        Assert.Empty(byFile["bom-only.claims"]);
        Assert.Empty(byFile["bom.claims"]);
        Assert.Empty(byFile["crlf.claims"]);
        var latin1 = Assert.Single(byFile["latin1.claims"]);
        Assert.Equal(("CLM008", 1, 14), (latin1.GetProperty("code").GetString(), latin1.GetProperty("line").GetInt32(), latin1.GetProperty("column").GetInt32()));
        var image = Assert.Single(byFile["image.claims"]);
        Assert.Equal("CLM008", image.GetProperty("code").GetString());
        Assert.Contains("binary", image.GetProperty("message").GetString());
    }

    /// <summary>
    /// The biggest input: a 100 MB file through the built tool as its own process, its peak
    /// resident memory read from <c>/proc/PID/status</c> (VmHWM) while it runs. The bound is
    /// generous (docs/reliability.md gives the measured figure): it catches a blow-up of
    /// memory per input byte, not a few percent.
    /// </summary>
    [Fact]
    [Trait("Size", "Big")]
    public async System.Threading.Tasks.Task A_100_megabyte_file_is_checked_by_the_cli_process_in_bounded_memory()
    {
        // Peak memory comes from /proc; elsewhere the smaller tests above cover the same code.
        if (!OperatingSystem.IsLinux()) return;
        using var folder = TempFolder.Create();
        string path = folder.Of("huge.claims");
        int claims = ClaimFiles.WriteFileOfSize(path, 100L * 1024 * 1024);
        long size = new FileInfo(path).Length;

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Tool.DllPath, "check", "huge.claims", "--format", "json" }) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKilobytes = 0;
        while (!process.WaitForExit(50)) peakKilobytes = Math.Max(peakKilobytes, PeakResidentKilobytes(process.Id));
        output.WriteLine($"{size:N0} bytes, {claims:N0} claims: {watch.Elapsed.TotalSeconds:F1} s, peak resident memory {peakKilobytes / 1024:N0} MB.");

        Assert.Equal("", await stderr);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(claims, JsonDocument.Parse(await stdout).RootElement.GetProperty("claims").GetInt32());
        Assert.True(peakKilobytes > 0, "No memory reading was taken.");
        Assert.True(peakKilobytes < MemoryBoundKilobytes, $"Peak resident memory {peakKilobytes / 1024:N0} MB exceeds the bound of {MemoryBoundKilobytes / 1024:N0} MB.");
    }

    /// <summary>See docs/reliability.md for the measured peak; the bound leaves room for other runtimes and machines.</summary>
    private const long MemoryBoundKilobytes = 6L * 1024 * 1024;

    private static long PeakResidentKilobytes(int pid)
    {
        try
        {
            string? line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process has just ended
        }
    }
}
