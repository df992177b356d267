using System.IO;
using System.Linq;
using ClaimDsl.Configuration;
using ClaimDsl.Diagnostics;
using ClaimDsl.Rules;
using ClaimDsl.Text;
using Xunit;

namespace ClaimDsl.Tests.Configuration;

/// <summary>The .globalconfig reader: Roslyn's keys and words, so the CLI and the build agree.</summary>
public class GlobalConfigFileTests
{
    [Fact]
    public void Reads_every_roslyn_severity_word()
    {
        var result = GlobalConfigFile.Parse("""
            is_global = true
            dotnet_diagnostic.CLM010.severity = warning
            dotnet_diagnostic.CLM033.severity = error
            dotnet_diagnostic.CLM042.severity = suggestion
            dotnet_diagnostic.CLM050.severity = silent
            dotnet_diagnostic.CLM060.severity = none
            """, "/repo/.globalconfig");

        Assert.Empty(result.Problems);
        var severities = result.Severities;
        Assert.Equal(RuleSeverity.Warning, severities.For("CLM010"));
        Assert.Equal(RuleSeverity.Error, severities.For("CLM033"));
        Assert.Equal(RuleSeverity.Info, severities.For("CLM042"));
        Assert.Equal(RuleSeverity.Hidden, severities.For("CLM050"));
        Assert.Equal(RuleSeverity.Hidden, severities.For("CLM060"));
        Assert.Null(severities.For("CLM011"));
        Assert.Equal("/repo/.globalconfig", severities.SourcePath);
    }

    [Fact]
    public void Keys_and_words_ignore_case_comments_and_other_analyzers()
    {
        var result = GlobalConfigFile.Parse("""
            # Project-wide analyzer settings
            ; an ini-style comment
            IS_GLOBAL = TRUE
            global_level = 100
            dotnet_diagnostic.CA1000.severity = error
            dotnet_diagnostic.clm010.severity = Warning   # trailing comment
            dotnet_style_qualification_for_method = true:warning
            """, ".globalconfig");

        Assert.Empty(result.Problems);
        Assert.Equal(RuleSeverity.Warning, result.Severities.For("CLM010"));
        Assert.Equal(RuleSeverity.Error, result.Severities.For("CA1000"));
    }

    [Fact]
    public void The_later_entry_wins_and_default_restores_the_rule_severity()
    {
        var result = GlobalConfigFile.Parse("""
            is_global = true
            dotnet_diagnostic.CLM010.severity = warning
            dotnet_diagnostic.CLM010.severity = none
            dotnet_diagnostic.CLM033.severity = error
            dotnet_diagnostic.CLM033.severity = default
            """, ".globalconfig");

        Assert.Equal(RuleSeverity.Hidden, result.Severities.For("CLM010"));
        Assert.Null(result.Severities.For("CLM033"));
    }

    [Fact]
    public void Keys_inside_a_section_apply_to_single_files_and_are_not_read()
    {
        var result = GlobalConfigFile.Parse("""
            is_global = true
            [/repo/articles/aleppo.claims]
            dotnet_diagnostic.CLM010.severity = none
            """, ".globalconfig");

        Assert.Empty(result.Problems);
        Assert.Null(result.Severities.For("CLM010"));
    }

    [Fact]
    public void A_file_without_is_global_is_reported_and_sets_nothing()
    {
        var result = GlobalConfigFile.Parse("dotnet_diagnostic.CLM010.severity = none\n", "/repo/.globalconfig");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("is_global = true", problem.Message);
        Assert.Null(result.Severities.For("CLM010"));
    }

    [Fact]
    public void An_unknown_severity_word_names_its_line_and_the_words_that_work()
    {
        var result = GlobalConfigFile.Parse("is_global = true\n\ndotnet_diagnostic.CLM010.severity = warn\n", "ci.globalconfig");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal("ci.globalconfig(3): `warn` is not a severity for CLM010; use error, warning, suggestion, silent, none or default.", problem.ToString());
    }

    [Fact]
    public void A_line_that_is_not_key_value_is_reported()
    {
        var result = GlobalConfigFile.Parse("is_global = true\nthis is not a setting\n", ".globalconfig");

        Assert.Equal(2, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Load_reports_a_missing_file_as_a_problem()
    {
        var result = GlobalConfigFile.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-claimdsl", ".globalconfig"));

        Assert.Contains("does not exist", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void FindNearest_takes_the_closest_file_in_the_folder_or_above()
    {
        string root = Directory.CreateTempSubdirectory("claimdsl-config-").FullName;
        try
        {
            string inner = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;
            File.WriteAllText(Path.Combine(root, ".globalconfig"), "is_global = true\n");
            Assert.Equal(Path.Combine(root, ".globalconfig"), GlobalConfigFile.FindNearest(inner));

            File.WriteAllText(Path.Combine(root, "a", ".globalconfig"), "is_global = true\n");
            Assert.Equal(Path.Combine(root, "a", ".globalconfig"), GlobalConfigFile.FindNearest(inner));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Apply_changes_severities_and_drops_hidden_findings()
    {
        var configuration = new SeverityConfiguration(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, RuleSeverity>("CLM033", RuleSeverity.Error),
            new System.Collections.Generic.KeyValuePair<string, RuleSeverity>("CLM010", RuleSeverity.Hidden),
        });
        var vague = Finding("CLM033", Severity.Warning);
        var noSource = Finding("CLM010", Severity.Error);
        var other = Finding("CLM011", Severity.Error);

        var applied = configuration.Apply(new[] { vague, noSource, other });

        Assert.Equal(new[] { ("CLM033", Severity.Error), ("CLM011", Severity.Error) }, applied.Select(d => (d.Code, d.Severity)));
    }

    private static ClaimDiagnostic Finding(string code, Severity severity) =>
        new(RuleEngine.Descriptors.Single(d => d.Code == code), severity, "message", "file.claims", new SourceSpan(0, 1, 1, 1, 1, 2));
}
