using System.IO;
using System.Linq;
using System.Text.Json;
using ClaimDsl.Cli.Tests.Support;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// The acceptance case: the seed example checks clean; a copy with one claim's source line
/// removed fails, and every format names that claim's file and line.
/// </summary>
public class BrokenSeedTests
{
    private const string ExampleFile = "examples/Aleppo/aleppo.claims";
    private const string ClaimId = "officers_on_the_ground";

    [Fact]
    public void The_seed_example_in_the_repository_checks_without_errors()
    {
        var run = Tool.Run(ClaimDsl.Tests.RepositoryPaths.Root, "check", "examples");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains(", 0 errors,", run.Output);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Removing_a_claims_source_fails_and_names_its_file_and_line(string format)
    {
        using var folder = TempFolder.WithSeedExample();
        int claimLine = RemoveSourceLine(folder);

        var run = Tool.Run(folder.Path, "check", "--format", format);

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        switch (format)
        {
            case "text":
                Assert.Contains($"{ExampleFile.Replace('/', Path.DirectorySeparatorChar)}({claimLine},7): error CLM010: Claim `{ClaimId}`", run.Output);
                break;
            case "json":
                var finding = Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
                Assert.Equal(("CLM010", ExampleFile, claimLine), (finding.GetProperty("code").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32()));
                break;
            case "sarif":
                var result = Assert.Single(JsonDocument.Parse(run.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("level").GetString() == "error");
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.Equal("CLM010", result.GetProperty("ruleId").GetString());
                Assert.Equal(ExampleFile, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
                Assert.Equal(claimLine, location.GetProperty("region").GetProperty("startLine").GetInt32());
                break;
            default:
                Assert.Single(run.Output.Split('\n'), l => l.StartsWith($"::error file={ExampleFile},line={claimLine},col=7,") && l.Contains($"title=CLM010::Claim `{ClaimId}`"));
                break;
        }
    }

    /// <summary>Deletes the first <c>source</c> line of the claim; returns the 1-based line of its header.</summary>
    internal static int RemoveSourceLine(TempFolder folder)
    {
        var lines = File.ReadAllLines(folder.Of(ExampleFile)).ToList();
        int header = lines.FindIndex(l => l.StartsWith("claim " + ClaimId));
        int source = lines.FindIndex(header, l => l.TrimStart().StartsWith("source "));
        lines.RemoveAt(source);
        File.WriteAllText(folder.Of(ExampleFile), string.Join("\n", lines) + "\n");
        return header + 1;
    }
}
