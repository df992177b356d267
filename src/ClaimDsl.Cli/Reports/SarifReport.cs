using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClaimDsl.Cli.Check;
using ClaimDsl.Diagnostics;
using ClaimDsl.Rules;

namespace ClaimDsl.Cli.Reports;

/// <summary>
/// SARIF 2.1.0, as GitHub code scanning and other static-analysis viewers read it: rule metadata
/// for every diagnostic of the language, results with locations relative to <c>%SRCROOT%</c>
/// (the working directory), and fingerprints that survive lines moving up or down.
/// </summary>
public sealed class SarifReport : IReportFormat
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key of this tool's fingerprint in <c>partialFingerprints</c>; bump the version if its recipe changes.</summary>
    public const string FingerprintKey = "claimdslLineHash/v1";

    private const string SourceRoot = "%SRCROOT%";

    public string Name => "sarif";

    public bool QuotesSource => true;

    public void Write(CheckResult result, ReportPaths paths, IStyledWriter output)
    {
        var rules = RuleEngine.Descriptors;
        var ruleIndex = rules.Select((rule, index) => (rule.Code, index)).ToDictionary(r => r.Code, r => r.index, StringComparer.Ordinal);
        var fingerprints = Fingerprints(result, paths);
        output.WriteLine(JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", paths.RootUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            for (int i = 0; i < result.Diagnostics.Length; i++)
                WriteResult(json, result.Diagnostics[i], result, ruleIndex, paths, fingerprints[i]);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", RuleName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title + ".");
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", FullDescription(rule));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("help");
            json.WriteString("text", $"What {rule.Code} means and how to fix it: {rule.HelpUri}");
            json.WriteString("markdown", $"What {rule.Code} means and how to fix it: [{rule.HelpPath}]({rule.HelpUri})");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSnippet(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("snippet");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ClaimDiagnostic diagnostic, CheckResult result, Dictionary<string, int> ruleIndex, ReportPaths paths, string fingerprint)
    {
        var (line, column, endLine, endColumn) = ReportText.Position(diagnostic);
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        if (ruleIndex.TryGetValue(diagnostic.Code, out int index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (paths.RelativeUri(diagnostic.FilePath) is { } relative)
        {
            json.WriteString("uri", relative);
            json.WriteString("uriBaseId", SourceRoot);
        }
        else
        {
            json.WriteString("uri", ReportPaths.AbsoluteUri(diagnostic.FilePath));
        }
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        var source = result.SourceOf(diagnostic);
        if (source is not null && diagnostic.Span.StartLine >= 1 && diagnostic.Span.End <= source.Text.Length)
            WriteSnippet(json, source.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        json.WriteEndObject();
        if (source is not null && diagnostic.Span.StartLine >= 1 && endLine <= source.LineCount)
        {
            // The whole lines around the finding, for viewers that show it without the file.
            json.WriteStartObject("contextRegion");
            json.WriteNumber("startLine", line);
            json.WriteNumber("endLine", endLine);
            WriteSnippet(json, source.Text.Substring(source.LineStart(line), source.LineEnd(endLine) - source.LineStart(line)));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// One fingerprint per finding: a hash of the code, the file, the offending line's text
    /// (trimmed) and how many identical (code, file, text) findings came before it. The line
    /// number is left out, so adding a claim above an old finding does not make it look new.
    /// </summary>
    internal static string[] Fingerprints(CheckResult result, ReportPaths paths)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new string[result.Diagnostics.Length];
        for (int i = 0; i < fingerprints.Length; i++)
        {
            var diagnostic = result.Diagnostics[i];
            string lineText = ReportText.SourceLine(result.SourceOf(diagnostic), ReportText.Position(diagnostic).Line)?.Trim() ?? "";
            string key = string.Join("\0", diagnostic.Code, paths.Portable(diagnostic.FilePath), lineText);
            seen.TryGetValue(key, out int occurrence);
            seen[key] = occurrence + 1;
            byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\0" + occurrence.ToString(CultureInfo.InvariantCulture)));
            fingerprints[i] = Convert.ToHexStringLower(hash, 0, 16);
        }
        return fingerprints;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// "Claim has no source" becomes "ClaimHasNoSource": SARIF's readable rule name, in the
    /// Pascal case its validator asks for (no one-letter words, no runs of capitals).
    /// </summary>
    internal static string RuleName(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (string word in title.Split(' ', '-', ',', '.', '\'', '(', ')'))
        {
            if (word.Length == 0 || word.Equals("a", StringComparison.OrdinalIgnoreCase)) continue;
            name.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
        }
        return name.ToString();
    }

    private static string FullDescription(DiagnosticDescriptor rule)
    {
        string severity = rule.DefaultSeverity switch
        {
            Severity.Error => "an error",
            Severity.Warning => "a warning",
            _ => "information",
        };
        return $"{rule.Title}. Reported as {severity} unless a .globalconfig sets dotnet_diagnostic.{rule.Code}.severity. " +
               $"What it means and how to fix it: {rule.HelpUri}";
    }
}
