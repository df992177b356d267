using System.IO;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Generator;
using ClaimDsl.Tests;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// The generator's own codes (CLM1xx) in docs/diagnostics.md: a section each, under the title
/// and severity the generator reports, and a row in the index. (The language's codes are
/// checked the same way by the language's tests.)
/// </summary>
public class GeneratorCatalogTests
{
    private static readonly string Catalog = File.ReadAllText(RepositoryPaths.Of("docs", "diagnostics.md")).Replace("\r\n", "\n");

    public static TheoryData<string> Codes() => new(GeneratorDiagnostics.Own.Select(d => d.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_generator_code_has_its_section_and_index_row(string code)
    {
        var descriptor = GeneratorDiagnostics.Own.Single(d => d.Code == code);
        string severity = ClaimDiagnostic.SeverityName(descriptor.DefaultSeverity);

        Assert.Contains($"\n## {code}\n\n**{descriptor.Title}** · Severity: {severity}\n", Catalog);
        Assert.Contains($"\n| [{code}](#{code.ToLowerInvariant()}) | {descriptor.Title} | {severity} |\n", Catalog);
        Assert.EndsWith($"docs/diagnostics.md#{code.ToLowerInvariant()}", descriptor.HelpUri);
    }

    [Fact]
    public void The_catalogue_documents_no_generator_code_that_does_not_exist()
    {
        var documented = System.Text.RegularExpressions.Regex.Matches(Catalog, @"\n## (CLM1[0-9]{2})\n").Select(m => m.Groups[1].Value);

        Assert.Equal(GeneratorDiagnostics.Own.Select(d => d.Code).Order(), documented.Order());
    }
}
