using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Tests;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// The conformance suite (<c>tests/conformance</c>) through the tool: <c>claimdsl check
/// --format json</c> on each case, run from the case's folder, reports exactly the diagnostics
/// in its <c>X.diagnostics.ndjson</c> (none for a good case without one), as the library does.
/// </summary>
public class ConformanceTests
{
    private static readonly string SuiteRoot = RepositoryPaths.Of("tests", "conformance");

    /// <summary>Default severities only: a .globalconfig above the suite must not change what it expects.</summary>
    private static readonly string NeutralConfig = RepositoryPaths.Of("tests", "ClaimDsl.Cli.Tests", "Fixtures", "default-severities.globalconfig");

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (string suite in new[] { "good", "bad" })
            foreach (string file in Directory.GetFiles(Path.Combine(SuiteRoot, suite), "*.claims").Order(StringComparer.Ordinal))
                cases.Add(suite, Path.GetFileName(file));
        return cases;
    }

    [Fact]
    public void The_suite_has_its_cases()
    {
        Assert.True(Cases().Count(c => (string)c[0] == "bad") >= 40, "The bad cases were not found.");
        Assert.True(Cases().Count(c => (string)c[0] == "good") >= 30, "The good cases were not found.");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_reports_what_the_suite_expects(string suite, string file)
    {
        string caseFolder = Path.Combine(SuiteRoot, suite);
        string expectationPath = Path.Combine(caseFolder, Path.ChangeExtension(file, ".diagnostics.ndjson"));
        var expected = File.Exists(expectationPath)
            ? File.ReadAllLines(expectationPath).Where(l => l.Length > 0).Select(Expected).ToList()
            : [];

        var run = Tool.Run(caseFolder, "check", "--format", "json", "--config", NeutralConfig, file);

        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.ErrorsFound, run.ToString());
        var actual = JsonDocument.Parse(run.Output).RootElement.GetProperty("diagnostics").EnumerateArray().Select(Actual).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Any(d => d.Severity == "error") ? ExitCodes.ErrorsFound : ExitCodes.Success, run.ExitCode);
    }

    private sealed record Diagnostic(string Code, string Severity, string File, int Line, int Column, int EndLine, int EndColumn, string Message);

    private static Diagnostic Expected(string line)
    {
        var d = JsonDocument.Parse(line).RootElement;
        return new Diagnostic(
            d.GetProperty("code").GetString()!, d.GetProperty("severity").GetString()!, d.GetProperty("file").GetString()!,
            d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32(),
            d.GetProperty("message").GetString()!);
    }

    private static Diagnostic Actual(JsonElement d) => new(
        d.GetProperty("code").GetString()!, d.GetProperty("severity").GetString()!, d.GetProperty("file").GetString()!,
        d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("endLine").GetInt32(), d.GetProperty("endColumn").GetInt32(),
        WithSuitePlaceholder(d.GetProperty("message").GetString()!));

    /// <summary>As the suite's README says: a full path in a message has the suite folder replaced by <c>&lt;suite&gt;</c>, with forward slashes.</summary>
    private static string WithSuitePlaceholder(string message) =>
        Regex.Replace(message, Regex.Escape(SuiteRoot.TrimEnd(Path.DirectorySeparatorChar)) + @"(?<rest>[^`\s]*)", m => "<suite>" + m.Groups["rest"].Value.Replace('\\', '/'));
}
