using System.Collections.Generic;
using System.Collections.Immutable;
using ClaimDsl.Cli.Check;
using ClaimDsl.Cli.Reports;
using ClaimDsl.Diagnostics;
using ClaimDsl.Rules;
using ClaimDsl.Text;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>The small pieces the reports are made of: carets, escaping, rule names, fingerprints.</summary>
public class ReportPiecesTests
{
    [Theory]
    [InlineData("  by ayrault", 6, 13, "  by ayrault", "     ^~~~~~~")]
    [InlineData("\tby ayrault", 5, 12, "\tby ayrault", "\t   ^~~~~~~")]
    [InlineData("claim x", 8, 8, "claim x", "       ^")] // an empty span just after the end of the line
    [InlineData("says \"a\u202Eb\"", 8, 9, "says \"a<U+202E>b\"", "       ^~~~~~~~")]
    [InlineData("says \"a\u202Eb\" and more", 12, 15, "says \"a<U+202E>b\" and more", "                  ^~~")]
    public void The_caret_line_sits_under_the_span_as_shown(string line, int startColumn, int endColumn, string shown, string carets)
    {
        var (actualShown, actualCarets) = TextReport.Underline(line, startColumn, endColumn);

        Assert.Equal(shown, actualShown);
        Assert.Equal(carets, actualCarets.TrimEnd());
    }

    [Fact]
    public void Hidden_characters_are_made_visible_in_messages()
    {
        Assert.Equal("a<U+202E>b<U+0007>c<U+2028>d", ReportText.Visible("a\u202Eb\u0007c\u2028d"));
        Assert.Equal("tab<U+0009>here", ReportText.Visible("tab\there"));
        Assert.Equal("tab\there", ReportText.Visible("tab\there", keepTabs: true));
        Assert.Equal("Größe “quoted”", ReportText.Visible("Größe “quoted”"));
    }

    [Theory]
    [InlineData("100% sure\r\nnext line", "100%25 sure%0D%0Anext line")]
    [InlineData("a: b, c", "a: b, c")]
    public void GitHub_messages_escape_percent_and_line_breaks(string message, string escaped) =>
        Assert.Equal(escaped, GitHubReport.EscapeData(message));

    [Fact]
    public void GitHub_properties_also_escape_colons_and_commas() =>
        Assert.Equal("C%3A/claims/a%2Cb%25.claims", GitHubReport.EscapeProperty("C:/claims/a,b%.claims"));

    [Theory]
    [InlineData("Claim has no source", "ClaimHasNoSource")]
    [InlineData("Claim has both a quote and a paraphrase", "ClaimHasBothQuoteAndParaphrase")]
    [InlineData("File is not UTF-8 text", "FileIsNotUtf8Text")]
    [InlineData("Invisible or direction-changing character", "InvisibleOrDirectionChangingCharacter")]
    public void Sarif_rule_names_are_pascal_case_titles(string title, string name) =>
        Assert.Equal(name, SarifReport.RuleName(title));

    [Fact]
    public void Every_rule_has_a_distinct_sarif_name()
    {
        var names = new HashSet<string>();
        foreach (var rule in RuleEngine.Descriptors) Assert.True(names.Add(SarifReport.RuleName(rule.Title)), rule.Code);
    }

    [Fact]
    public void Fingerprints_ignore_the_line_number_but_not_the_line_or_the_occurrence()
    {
        var paths = new ReportPaths("/work");
        string before = "claim a\n  by x\nclaim b\n";
        string after = "# a comment added above\nclaim a\n  by x\nclaim b\n";

        string[] original = SarifReport.Fingerprints(Result(before, (1, 7), (3, 7)), paths);
        string[] moved = SarifReport.Fingerprints(Result(after, (2, 7), (4, 7)), paths);
        string[] twice = SarifReport.Fingerprints(Result("claim a\nclaim a\n", (1, 7), (2, 7)), paths);

        Assert.Equal(original, moved);
        Assert.NotEqual(original[0], original[1]);
        Assert.NotEqual(twice[0], twice[1]);
    }

    private static CheckResult Result(string text, params (int Line, int Column)[] at)
    {
        var source = new SourceText(text, "/work/a.claims");
        var diagnostics = ImmutableArray.CreateBuilder<ClaimDiagnostic>();
        foreach (var (line, column) in at)
        {
            int start = source.LineStart(line) + column - 1;
            diagnostics.Add(new ClaimDiagnostic(MissingSourceRule.Rule, Severity.Error, "m", source.Path, source.Span(start, 1)));
        }
        return new CheckResult(1, at.Length, diagnostics.ToImmutable(), new Dictionary<string, SourceText> { [source.Path] = source });
    }
}
