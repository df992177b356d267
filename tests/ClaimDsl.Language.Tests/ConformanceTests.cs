using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Rules;
using ClaimDsl.Tests.Conformance;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>
/// The language conformance suite (<c>tests/conformance</c>, laid out as its README describes):
/// every good file must bind to its expected model, every bad file must report exactly its
/// expected diagnostics, and together the bad files must cover every diagnostic code.
/// </summary>
public class ConformanceTests
{
    private static readonly string SuiteRoot = RepositoryPaths.Of("tests", "conformance");
    private static readonly string GoodFolder = Path.Combine(SuiteRoot, "good");
    private static readonly string BadFolder = Path.Combine(SuiteRoot, "bad");

    public static TheoryData<string> GoodCases => Cases(GoodFolder);

    public static TheoryData<string> BadCases => Cases(BadFolder);

    [Theory]
    [MemberData(nameof(GoodCases))]
    public void Good_file_binds_to_its_expected_model(string file)
    {
        var document = Load(GoodFolder, file);

        Expectation.Check(Expected(GoodFolder, file, "model"), ConformanceWriter.Model(document, GoodFolder));
        Expectation.Check(Expected(GoodFolder, file, "diagnostics"), ConformanceWriter.Diagnostics(document.Diagnostics, GoodFolder, SuiteRoot), absentMeansEmpty: true);
    }

    [Theory]
    [MemberData(nameof(GoodCases))]
    public void Good_file_has_no_errors(string file)
    {
        var document = Load(GoodFolder, file);

        var errors = document.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();

        Assert.True(errors.Count == 0, $"{file} is in good/ but has errors:\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(BadCases))]
    public void Bad_file_reports_its_expected_diagnostics(string file)
    {
        var document = Load(BadFolder, file);

        Assert.False(document.Diagnostics.IsEmpty, $"{file} is in bad/ but nothing is reported about it.");
        Expectation.Check(Expected(BadFolder, file, "diagnostics"), ConformanceWriter.Diagnostics(document.Diagnostics, BadFolder, SuiteRoot));
    }

    [Theory]
    [InlineData("import-cycle.claims")]
    [InlineData("duplicate-id-across-import.claims")]
    public void A_case_named_by_a_relative_path_reports_the_same_as_by_its_full_path(string file)
    {
        string fullPath = Path.Combine(BadFolder, file);
        string relativePath = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);

        var byRelative = ClaimDocument.Load(relativePath);
        var byFull = ClaimDocument.Load(fullPath);

        Assert.NotEqual(fullPath, relativePath);
        Assert.Equal(ConformanceWriter.Diagnostics(byFull.Diagnostics, BadFolder, SuiteRoot), ConformanceWriter.Diagnostics(byRelative.Diagnostics, BadFolder, SuiteRoot));
    }

    [Fact]
    public void Every_diagnostic_code_has_a_bad_case()
    {
        var reported = Files(BadFolder)
            .SelectMany(file => Load(BadFolder, file).Diagnostics.Select(d => d.Code))
            .ToHashSet(StringComparer.Ordinal);

        var uncovered = RuleEngine.Descriptors.Select(d => d.Code).Where(code => !reported.Contains(code)).ToList();

        Assert.True(uncovered.Count == 0, "No file in tests/conformance/bad reports " + string.Join(", ", uncovered) + ".");
    }

    [Fact]
    public void Every_expectation_file_belongs_to_a_case()
    {
        var strays = new List<string>();
        foreach (var (folder, suffixes) in new[] { (GoodFolder, new[] { ".model.ndjson", ".diagnostics.ndjson" }), (BadFolder, new[] { ".diagnostics.ndjson" }) })
        {
            foreach (var path in Directory.GetFiles(folder, "*.ndjson"))
            {
                string name = Path.GetFileName(path);
                if (Expectation.IsReceived(path)) continue;
                string? suffix = suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
                if (suffix is null || !File.Exists(Path.Combine(folder, name.Substring(0, name.Length - suffix.Length) + ".claims")))
                    strays.Add(Path.GetRelativePath(SuiteRoot, path));
            }
        }

        Assert.True(strays.Count == 0, "These files are not the expectations of any case: " + string.Join(", ", strays));
    }

    private static ClaimDocument Load(string folder, string file) => ClaimDocument.Load(Path.Combine(folder, file));

    private static string Expected(string folder, string file, string kind) =>
        Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + "." + kind + ".ndjson");

    /// <summary>The cases: the <c>.claims</c> files directly in the folder (files in subfolders are only imported).</summary>
    private static IEnumerable<string> Files(string folder) =>
        Directory.GetFiles(folder, "*.claims").Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal);

    private static TheoryData<string> Cases(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Files(folder)) data.Add(file);
        return data;
    }
}
