using System.IO;
using System.Linq;
using System.Text.Json;
using ClaimDsl.Cli.Tests.Support;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// Every report format, exactly: the small fixture (two articles importing one shared file,
/// with an error in each file, warnings, an info, a tab and an invisible character) against
/// checked-in snapshots.
/// </summary>
public class CheckFormatTests
{
    [Theory]
    [InlineData("text", "txt")]
    [InlineData("json", "json")]
    [InlineData("sarif", "sarif")]
    [InlineData("github", "txt")]
    public void Small_fixture_report_matches_its_snapshot(string format, string extension)
    {
        using var folder = TempFolder.WithFixture("small");

        var run = Tool.Run(folder.Path, "check", "--format", format);

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal("", run.Error);
        Snapshot.Match($"{nameof(CheckFormatTests)}.{nameof(Small_fixture_report_matches_its_snapshot)}_{format}", extension, Scrub(run.Output, folder.Path));
    }

    [Fact]
    public void Reports_agree_on_every_finding()
    {
        using var folder = TempFolder.WithFixture("small");

        var json = JsonDocument.Parse(Tool.Run(folder.Path, "check", "--format", "json").Output).RootElement;
        var sarif = JsonDocument.Parse(Tool.Run(folder.Path, "check", "--format", "sarif").Output).RootElement;
        string[] github = Tool.Run(folder.Path, "check", "--format", "github").Output.Split('\n').Where(l => l.StartsWith("::")).ToArray();
        string text = Tool.Run(folder.Path, "check").Output;

        var fromJson = json.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Code: d.GetProperty("code").GetString(), File: d.GetProperty("file").GetString(), Line: d.GetProperty("line").GetInt32(), Column: d.GetProperty("column").GetInt32()))
            .ToArray();
        var fromSarif = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                return (Code: r.GetProperty("ruleId").GetString(), File: location.GetProperty("artifactLocation").GetProperty("uri").GetString(),
                    Line: region.GetProperty("startLine").GetInt32(), Column: region.GetProperty("startColumn").GetInt32());
            })
            .ToArray();

        Assert.Equal(7, fromJson.Length);
        Assert.Equal(fromJson, fromSarif);
        Assert.Equal(fromJson.Length, github.Length);
        foreach (var (finding, annotation) in fromJson.Zip(github))
        {
            Assert.Contains($"file={finding.File},line={finding.Line},col={finding.Column},", annotation);
            Assert.Contains($"title={finding.Code}::", annotation);
            Assert.Contains($"{finding.File}({finding.Line},{finding.Column}): ", text);
        }
    }

    [Fact]
    public void A_file_imported_by_two_checked_files_is_reported_once()
    {
        using var folder = TempFolder.WithFixture("small");

        var run = Tool.Run(folder.Path, "check", "first.claims", "second.claims", "--format", "json");

        var codes = JsonDocument.Parse(run.Output).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("file").GetString() == "shared.claims")
            .Select(d => d.GetProperty("code").GetString());
        Assert.Equal(["CLM062"], codes);
        Assert.Equal(3, JsonDocument.Parse(run.Output).RootElement.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Text_output_has_no_colour_codes_when_not_on_a_terminal()
    {
        using var folder = TempFolder.WithFixture("small");

        var run = Tool.Run(folder.Path, "check");

        Assert.DoesNotContain('\u001b', run.Output);
    }

    [Fact]
    public void A_file_outside_the_working_folder_is_named_by_its_full_path()
    {
        using var fixture = TempFolder.WithFixture("small");
        using var elsewhere = TempFolder.Create();
        string shared = fixture.Of("shared.claims");

        var json = JsonDocument.Parse(Tool.Run(elsewhere.Path, "check", shared, "--format", "json").Output).RootElement;
        var sarif = JsonDocument.Parse(Tool.Run(elsewhere.Path, "check", shared, "--format", "sarif").Output).RootElement;
        string text = Tool.Run(elsewhere.Path, "check", shared).Output;

        Assert.Equal(shared.Replace('\\', '/'), json.GetProperty("diagnostics")[0].GetProperty("file").GetString());
        var location = sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(new System.Uri(shared).AbsoluteUri, location.GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("uriBaseId", out _));
        Assert.StartsWith(shared + "(7,8): error CLM062:", text);
    }

    /// <summary>What differs between machines: the temporary folder in SARIF's root URI.</summary>
    internal static string Scrub(string output, string folder) =>
        output.Replace(new Reports.ReportPaths(folder).RootUri, "file:///SRCROOT/");
}
