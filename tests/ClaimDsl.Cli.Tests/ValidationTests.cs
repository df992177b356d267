using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ClaimDsl.Cli.Tests.Support;
using Json.Schema;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// Real output against the published contracts: the JSON report against
/// <c>docs/schemas/check-output.schema.json</c>, and SARIF against Microsoft's SARIF multitool
/// (installed by <c>tools/sarif-validate/validate.sh</c> from its package-lock.json).
/// </summary>
public class ValidationTests
{
    private static readonly JsonSchema CheckSchema =
        JsonSchema.FromFile(ClaimDsl.Tests.RepositoryPaths.Of("docs", "schemas", "check-output.schema.json"));

    [Fact]
    public void Json_reports_match_the_published_schema()
    {
        using var small = TempFolder.WithFixture("small");
        using var seed = TempFolder.WithSeedExample();
        BrokenSeedTests.RemoveSourceLine(seed);
        using var empty = TempFolder.Create();
        empty.Write("empty.claims", "");

        foreach (var (folder, expectedExit) in new[] { (small, 1), (seed, 1), (empty, 0) })
        {
            var run = Tool.Run(folder.Path, "check", "--format", "json");
            Assert.True(run.ExitCode == expectedExit, run.ToString());
            AssertValid(run.Output);
        }
    }

    [Fact]
    public void The_schema_rejects_a_report_that_breaks_it()
    {
        using var small = TempFolder.WithFixture("small");
        string report = Tool.Run(small.Path, "check", "--format", "json").Output;

        var results = CheckSchema.Evaluate(JsonDocument.Parse(report.Replace("\"severity\": \"error\"", "\"severity\": \"fatal\"")).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(results.IsValid);
    }

    [Fact]
    public void Sarif_reports_pass_the_sarif_multitool_validator()
    {
        using var small = TempFolder.WithFixture("small");
        using var seed = TempFolder.WithSeedExample();
        BrokenSeedTests.RemoveSourceLine(seed);
        using var reports = TempFolder.Create();
        Assert.Equal(1, Tool.Run(small.Path, "check", "--format", "sarif", "--output", reports.Of("small.sarif")).ExitCode);
        Assert.Equal(1, Tool.Run(seed.Path, "check", "--format", "sarif", "--output", reports.Of("seed.sarif")).ExitCode);

        var validation = Tool.RunTool("bash", reports.Path, TimeSpan.FromMinutes(8),
            ClaimDsl.Tests.RepositoryPaths.Of("tools", "sarif-validate", "validate.sh"), reports.Of("small.sarif"), reports.Of("seed.sarif"));

        Assert.True(validation.ExitCode == 0, validation.ToString());
        var summaries = validation.Output.Split('\n').Where(l => l.Contains(" errors, ")).ToArray();
        Assert.Equal(2, summaries.Length);
        Assert.All(summaries, line => Assert.Contains(": 0 errors, 0 warnings,", line));
    }

    private static void AssertValid(string json)
    {
        var results = CheckSchema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        Assert.True(results.IsValid, string.Join("\n", problems));
    }
}
