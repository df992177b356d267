using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.RegularExpressions;

namespace ClaimDsl.Configuration;

/// <summary>Something wrong in a configuration file, with its 1-based line (0 for the whole file).</summary>
public sealed record ConfigProblem(string Path, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{Path}({Line}): {Message}" : $"{Path}: {Message}";
}

/// <summary>The severities a configuration file sets, and anything in it that could not be understood.</summary>
public sealed record GlobalConfigResult(SeverityConfiguration Severities, ImmutableArray<ConfigProblem> Problems);

/// <summary>
/// Reads Roslyn's global analyzer configuration (<c>.globalconfig</c>, <c>is_global = true</c>)
/// for the keys <c>dotnet_diagnostic.CLMnnn.severity</c>: the same file that sets the severities
/// of the source generator's diagnostics in a build, so a project configures its rules once.
/// Only the lines before the first <c>[section]</c> apply to every file, as in Roslyn; other
/// keys (for other analyzers) are left alone.
/// </summary>
public static class GlobalConfigFile
{
    /// <summary>The name under which the build picks the file up by itself.</summary>
    public const string FileName = ".globalconfig";

    // Roslyn's property syntax: key, '=' or ':', value, optional trailing '#' or ';' comment.
    private static readonly Regex Property = new(@"^\s*([\w\.\-]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex SeverityKey = new(@"^dotnet_diagnostic\.([^.]+)\.severity$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The nearest <c>.globalconfig</c> in <paramref name="folder"/> or a folder above it, or null.</summary>
    public static string? FindNearest(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Reads a configuration file; a file that cannot be read is a problem, not an exception.</summary>
    public static GlobalConfigResult Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = File.Exists(path) || Directory.Exists(path) ? $"could not be read: {e.Message}" : "does not exist.";
            return new GlobalConfigResult(SeverityConfiguration.Empty, ImmutableArray.Create(new ConfigProblem(path, 0, $"The configuration file {reason}")));
        }
        return Parse(text, path);
    }

    /// <summary>Reads configuration text that is already in memory.</summary>
    public static GlobalConfigResult Parse(string text, string path)
    {
        var severities = new List<KeyValuePair<string, RuleSeverity>>();
        var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
        bool isGlobal = false;
        string[] lines = text.Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index].TrimEnd('\r');
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';') continue;
            if (trimmed[0] == '[') break; // sections name single files; their keys do not apply to every file
            var match = Property.Match(line);
            if (!match.Success)
            {
                problems.Add(new ConfigProblem(path, index + 1, $"This line is not `key = value`: `{trimmed}`."));
                continue;
            }
            string key = match.Groups[1].Value;
            string value = match.Groups[2].Value;
            if (key.Equals("is_global", StringComparison.OrdinalIgnoreCase))
            {
                isGlobal = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            var severityKey = SeverityKey.Match(key);
            if (!severityKey.Success) continue;
            string code = severityKey.Groups[1].Value.ToUpperInvariant();
            if (value.Equals("default", StringComparison.OrdinalIgnoreCase))
            {
                severities.RemoveAll(s => s.Key == code);
                continue;
            }
            if (TryParseSeverity(value, out var severity))
                severities.Add(new KeyValuePair<string, RuleSeverity>(code, severity));
            else
                problems.Add(new ConfigProblem(path, index + 1,
                    $"`{value}` is not a severity for {code}; use error, warning, suggestion, silent, none or default."));
        }
        if (!isGlobal)
            problems.Insert(0, new ConfigProblem(path, 0,
                "This file has no `is_global = true` line, so the compiler would ignore it; add `is_global = true` as its first line."));
        return new GlobalConfigResult(new SeverityConfiguration(isGlobal ? severities : [], path), problems.ToImmutable());
    }

    /// <summary>Roslyn's severity words; later entries for the same code win.</summary>
    public static bool TryParseSeverity(string value, out RuleSeverity severity)
    {
        switch (value.ToLowerInvariant())
        {
            case "error": severity = RuleSeverity.Error; return true;
            case "warning": severity = RuleSeverity.Warning; return true;
            case "suggestion": severity = RuleSeverity.Info; return true;
            case "silent":
            case "none": severity = RuleSeverity.Hidden; return true;
            default: severity = default; return false;
        }
    }
}
