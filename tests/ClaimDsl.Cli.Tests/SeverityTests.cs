using System.Linq;
using System.Text.Json;
using ClaimDsl.Cli.Tests.Support;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// Per-rule severities from the generator's configuration keys in the nearest .globalconfig
/// (or <c>--config</c>), and <c>--warnings-as-errors</c>.
/// </summary>
public class SeverityTests
{
    // One warning (CLM033, a vague date) and nothing else.
    private const string VagueClaim = """
        org agency "Agency"
          kind agency

        person speaker "A Speaker"

        article report
          title "A report"
          outlet agency

        claim said_something
          by speaker
          paraphrase "something was said"
          on "earlier this year"
          source direct
        """;

    [Fact]
    public void By_default_a_warning_does_not_fail_the_check()
    {
        using var folder = Folder("is_global = true\n");

        var run = Tool.Run(folder.Path, "check");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("articles/report.claims(13,6): warning CLM033:".Replace('/', System.IO.Path.DirectorySeparatorChar), run.Output);
    }

    [Fact]
    public void A_warning_promoted_to_error_in_the_nearest_globalconfig_fails_the_check()
    {
        using var folder = Folder("is_global = true\ndotnet_diagnostic.CLM033.severity = error\n");

        var run = Tool.Run(folder.Path, "check", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(("CLM033", "error"), Single(run));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("silent")]
    public void A_rule_set_to_none_or_silent_is_not_reported(string word)
    {
        using var folder = Folder($"is_global = true\ndotnet_diagnostic.CLM033.severity = {word}\n");

        var run = Tool.Run(folder.Path, "check");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("Checked 1 file: 1 claim, 0 errors, 0 warnings, 0 infos.\n", run.Output);
    }

    [Fact]
    public void Suggestion_is_reported_as_info()
    {
        using var folder = Folder("is_global = true\ndotnet_diagnostic.CLM033.severity = suggestion\n");

        var run = Tool.Run(folder.Path, "check", "--format", "json");

        Assert.Equal(("CLM033", "info"), Single(run));
    }

    [Fact]
    public void The_nearest_globalconfig_wins_over_one_further_up()
    {
        using var folder = Folder("is_global = true\ndotnet_diagnostic.CLM033.severity = none\n");
        folder.Write("articles/.globalconfig", "is_global = true\ndotnet_diagnostic.CLM033.severity = error\n");

        var run = Tool.Run(folder.Path, "check");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
    }

    [Fact]
    public void Config_names_the_file_to_use_instead_of_the_nearest_one()
    {
        using var folder = Folder("is_global = true\n");
        folder.Write("ci/strict.globalconfig", "is_global = true\ndotnet_diagnostic.CLM033.severity = error\n");

        var run = Tool.Run(folder.Path, "check", "--config", "ci/strict.globalconfig");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Contains("error CLM033:", run.Output);
    }

    [Fact]
    public void Warnings_as_errors_fails_on_a_warning()
    {
        using var folder = Folder("is_global = true\n");

        var run = Tool.Run(folder.Path, "check", "--warnings-as-errors", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(("CLM033", "error"), Single(run));
    }

    [Fact]
    public void Warnings_as_errors_leaves_a_rule_set_to_none_out()
    {
        using var folder = Folder("is_global = true\ndotnet_diagnostic.CLM033.severity = none\n");

        var run = Tool.Run(folder.Path, "check", "--warnings-as-errors");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
    }

    [Fact]
    public void A_wrong_severity_word_is_exit_code_2_naming_file_and_line()
    {
        using var folder = Folder("is_global = true\ndotnet_diagnostic.CLM033.severity = eror\n");

        var run = Tool.Run(folder.Path, "check");

        ExitCodeTests.AssertUsageProblem(run,
            $"claimdsl: {folder.Of(".globalconfig")}(2): `eror` is not a severity for CLM033; use error, warning, suggestion, silent, none or default.");
    }

    [Fact]
    public void A_globalconfig_without_is_global_is_exit_code_2()
    {
        using var folder = Folder("dotnet_diagnostic.CLM033.severity = none\n");

        var run = Tool.Run(folder.Path, "check");

        ExitCodeTests.AssertUsageProblem(run,
            $"claimdsl: {folder.Of(".globalconfig")}: This file has no `is_global = true` line, so the compiler would ignore it; add `is_global = true` as its first line.");
    }

    [Fact]
    public void A_missing_config_file_is_exit_code_2()
    {
        using var folder = Folder("is_global = true\n");

        ExitCodeTests.AssertUsageProblem(Tool.Run(folder.Path, "check", "--config", "nope.globalconfig"),
            "claimdsl: The configuration file `nope.globalconfig` does not exist.");
    }

    private static TempFolder Folder(string globalConfig)
    {
        var folder = TempFolder.Create();
        folder.Write(".globalconfig", globalConfig);
        folder.Write("articles/report.claims", VagueClaim);
        return folder;
    }

    private static (string?, string?) Single(CliRun run)
    {
        var finding = Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("diagnostics").EnumerateArray());
        return (finding.GetProperty("code").GetString(), finding.GetProperty("severity").GetString());
    }
}
