using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimDsl.Diagnostics;
using ClaimDsl.Rules;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>
/// docs/diagnostics.md against the library: one section per code, anchored where the
/// descriptors' help links point, stating the descriptor's title and default severity, listed
/// in the index, with an example whose printed findings are exactly what the check prints.
/// </summary>
public class DiagnosticCatalogTests
{
    private static readonly DocPage Catalog = DocPage.Load("docs", "diagnostics.md");

    /// <summary>The language's codes, CLM0xx; the generator's own (CLM1xx) are checked by its tests.</summary>
    private static readonly Regex CodeHeading = new("^CLM0[0-9]{2}$");

    /// <summary>The line under each code's heading: <c>**Claim has no source** · Severity: error</c>.</summary>
    private static readonly Regex TitleLine = new(@"^\*\*(?<title>[^*]+)\*\* · Severity: (?<severity>error|warning|info)$");

    /// <summary>A row of the index table: <c>| [CLM010](#clm010) | Claim has no source | error |</c>.</summary>
    private static readonly Regex IndexRow = new(@"^\| \[(?<code>CLM0[0-9]{2})\]\(#(?<anchor>[a-z0-9]+)\) \| (?<title>[^|]+) \| (?<severity>[a-z]+) \|$", RegexOptions.Multiline);

    public static TheoryData<string> Codes() => new(RuleEngine.Descriptors.Select(d => d.Code));

    private static IEnumerable<DocSection> CodeSections => Catalog.Sections.Where(s => CodeHeading.IsMatch(s.Heading));

    private static DocSection SectionOf(string code)
    {
        var section = CodeSections.SingleOrDefault(s => s.Heading == code);
        Assert.True(section is not null, $"docs/diagnostics.md has no section `## {code}`.");
        return section!;
    }

    [Fact]
    public void Every_code_has_one_section_and_every_section_a_code()
    {
        var codes = RuleEngine.Descriptors.Select(d => d.Code).ToList();
        var headings = CodeSections.Select(s => s.Heading).ToList();

        var undocumented = codes.Except(headings).ToList();
        var unknown = headings.Except(codes).ToList();
        var twice = headings.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(undocumented.Count == 0, $"docs/diagnostics.md has no `## CLMxxx` section for: {string.Join(", ", undocumented)}");
        Assert.True(unknown.Count == 0, $"docs/diagnostics.md documents codes the library does not have: {string.Join(", ", unknown)}");
        Assert.True(twice.Count == 0, $"docs/diagnostics.md has two sections for: {string.Join(", ", twice)}");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_help_link_of_a_code_leads_to_its_section(string code)
    {
        var descriptor = RuleEngine.Descriptors.Single(d => d.Code == code);

        Assert.Equal("docs/diagnostics.md#" + SectionOf(code).Anchor, descriptor.HelpPath);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_section_states_the_title_and_default_severity_of_its_code(string code)
    {
        var descriptor = RuleEngine.Descriptors.Single(d => d.Code == code);
        var section = SectionOf(code);

        var first = section.RawBlocks.FirstOrDefault() ?? "";
        var match = TitleLine.Match(first);
        Assert.True(match.Success, $"The first line of `## {code}` must read `**{descriptor.Title}** · Severity: {ClaimDiagnostic.SeverityName(descriptor.DefaultSeverity)}`, but reads `{first}`.");
        Assert.Equal(descriptor.Title, match.Groups["title"].Value);
        Assert.Equal(ClaimDiagnostic.SeverityName(descriptor.DefaultSeverity), match.Groups["severity"].Value);
    }

    [Fact]
    public void The_index_lists_every_code_once_with_its_title_severity_and_anchor()
    {
        var rows = IndexRow.Matches(Catalog.Text).Select(m => (Code: m.Groups["code"].Value, Anchor: m.Groups["anchor"].Value, Title: m.Groups["title"].Value.Trim(), Severity: m.Groups["severity"].Value)).ToList();
        var expected = RuleEngine.Descriptors.Select(d => (d.Code, Anchor: d.Code.ToLowerInvariant(), d.Title, Severity: ClaimDiagnostic.SeverityName(d.DefaultSeverity))).ToList();

        Assert.Equal(expected, rows);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_section_example_prints_what_the_section_says_and_reports_its_code(string code)
    {
        var examples = DocExample.In(SectionOf(code).CodeBlocks);

        var example = Assert.Single(examples);
        Assert.True(example.Files.ContainsKey(DocExample.RootFile), $"The example of `## {code}` needs a ```claims {DocExample.RootFile} block.");
        Assert.True(example.ExpectedOutput is not null, $"The example of `## {code}` needs an ```output block.");
        string actual = example.Run();
        Assert.True(actual == example.ExpectedOutput,
            $"docs/diagnostics.md line {example.Line}: the output of the `## {code}` example is not what the check prints. It prints:\n```output\n{actual}\n```");
        Assert.Contains($" {code}: ", actual);
    }
}
