using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Export;
using ClaimDsl.Generator.Tests;
using ClaimDsl.Tests;
using Xunit;

namespace ClaimDsl.Reliability.Tests;

/// <summary>Tests that change the process's culture run alone, so no other test sees it.</summary>
[CollectionDefinition(nameof(CultureSensitive), DisableParallelization = true)]
public sealed class CultureSensitive;

/// <summary>
/// The same input gives the same bytes: CLI reports (text, JSON, SARIF), generated code and
/// every export, across runs, file orders, thread counts and the cultures tr-TR, de-DE, ar-SA
/// (another calendar), ja-JP and invariant.
/// </summary>
[Collection(nameof(CultureSensitive))]
public class DeterminismTests
{
    private static readonly string[] Cultures = ["", "tr-TR", "de-DE", "ar-SA", "ja-JP"];

    /// <summary>The seed example with its article text, every conformance case (good and bad) and the hostile generator input.</summary>
    private static TempFolder Corpus()
    {
        var folder = TempFolder.Create();
        folder.Copy(RepositoryPaths.Of("examples", "Aleppo"), "examples/Aleppo");
        folder.Copy(RepositoryPaths.Of("seeds"), "seeds");
        folder.Copy(RepositoryPaths.Of("tests", "conformance"), "conformance");
        folder.Copy(RepositoryPaths.Of("tests", "ClaimDsl.Generator.Tests", "Inputs"), "hostile");
        folder.Write(".globalconfig", "is_global = true\n");
        return folder;
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var (current, ui, defaultCulture, defaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Check_reports_are_identical_across_runs_orders_threads_and_cultures(string format)
    {
        using var folder = Corpus();
        var files = folder.Files().Where(f => f.EndsWith(".claims", StringComparison.Ordinal)).ToArray();
        string[] Args(IEnumerable<string> order, int threads) => ["check", .. order, "--format", format, "--threads", threads.ToString(CultureInfo.InvariantCulture)];
        var baseline = Tool.Run(folder.Path, Args(files, 1));
        Assert.Equal(1, baseline.ExitCode); // the bad conformance cases
        Assert.Equal("", baseline.Error);

        foreach (string culture in Cultures)
        {
            foreach (var (order, threads) in new[] { (files, 1), (files, 4), (files.Reverse().ToArray(), 4), (files.Reverse().ToArray(), 1) })
            {
                var run = InCulture(culture, () => Tool.Run(folder.Path, Args(order, threads)));
                Assert.True(baseline == run, $"culture '{culture}', {threads} threads, {(order == files ? "forward" : "reversed")}: output differs.\n{run}");
            }
        }
    }

    [Fact]
    public void Generated_code_is_identical_across_runs_file_orders_and_cultures()
    {
        var inputs = new[] { RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims"), RepositoryPaths.Of("seeds", "000_5eb633ef3f0f4a02.txt"), RepositoryPaths.Of("tests", "ClaimDsl.Generator.Tests", "Inputs", "hostile.claims") }
            .Select(path => (path, File.ReadAllText(path)))
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Of("tests", "conformance", "good"), "*.claims").Order(StringComparer.Ordinal).Select(path => (path, File.ReadAllText(path))))
            .ToArray();
        string Generate(IEnumerable<(string, string)> files)
        {
            var run = GeneratorHarness.ForFiles(files.ToArray()).Run();
            return string.Join("\n", run.Sources.Select(s => $"// {s.HintName}\n{s.SourceText}"))
                + string.Join("\n", run.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        }
        string baseline = Generate(inputs);
        Assert.Contains("AleppoUnDraft", baseline);

        foreach (string culture in Cultures)
        {
            Assert.Equal(baseline, InCulture(culture, () => Generate(inputs)));
            Assert.Equal(baseline, InCulture(culture, () => Generate(inputs.Reverse())));
        }
    }

    [Fact]
    public void Every_export_format_is_identical_across_runs_and_cultures()
    {
        var documents = new[] { RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims") }
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Of("tests", "conformance", "good"), "*.claims").Order(StringComparer.Ordinal))
            .Select(ClaimDocument.Load)
            .Where(d => !d.HasErrors)
            .ToArray();
        var options = new ExportOptions { ClaimReview = new ClaimReviewOptions("Fact Desk", "https://factdesk.example") };
        string ExportAll() => string.Join("\n\f\n", Enum.GetValues<ExportFormat>().Select(format =>
        {
            // Each document on its own (ids may repeat across the conformance files), in order.
            return string.Join("\n", documents.Select(d => ClaimExporter.Export(ClaimSet.FromDocuments([d]), format, options)));
        }));
        string baseline = ExportAll();
        Assert.Contains("2016-10-06", baseline);

        foreach (string culture in Cultures)
            Assert.Equal(baseline, InCulture(culture, ExportAll));
    }
}
