using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Diagnostics;

namespace ClaimDsl.Configuration;

/// <summary>
/// What a project asks one rule's findings to be, in Roslyn's words: <c>error</c>,
/// <c>warning</c>, <c>suggestion</c> (shown as info) or <c>silent</c>/<c>none</c> (not shown).
/// </summary>
public enum RuleSeverity
{
    Error,
    Warning,
    Info,
    /// <summary>Not reported at all (<c>silent</c> or <c>none</c>).</summary>
    Hidden,
}

/// <summary>
/// Per-rule severities (<c>dotnet_diagnostic.CLM010.severity = warning</c>), applied to
/// findings after the rules ran. Codes compare without regard to case, as in Roslyn.
/// </summary>
public sealed class SeverityConfiguration
{
    private readonly ImmutableDictionary<string, RuleSeverity> _severities;

    public SeverityConfiguration(IEnumerable<KeyValuePair<string, RuleSeverity>> severities, string? sourcePath = null)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in severities) builder[entry.Key] = entry.Value;
        _severities = builder.ToImmutable();
        SourcePath = sourcePath;
    }

    /// <summary>No overrides: every rule keeps its default severity.</summary>
    public static SeverityConfiguration Empty { get; } = new(Enumerable.Empty<KeyValuePair<string, RuleSeverity>>());

    /// <summary>The file these severities were read from, if any.</summary>
    public string? SourcePath { get; }

    /// <summary>The severity configured for <paramref name="code"/>, or null to keep the rule's own.</summary>
    public RuleSeverity? For(string code) => _severities.TryGetValue(code, out var severity) ? severity : null;

    /// <summary>The finding with its configured severity, or null when it is configured away.</summary>
    public ClaimDiagnostic? Apply(ClaimDiagnostic diagnostic) => For(diagnostic.Code) switch
    {
        null => diagnostic,
        RuleSeverity.Hidden => null,
        RuleSeverity.Error => diagnostic.WithSeverity(Severity.Error),
        RuleSeverity.Warning => diagnostic.WithSeverity(Severity.Warning),
        _ => diagnostic.WithSeverity(Severity.Info),
    };

    /// <summary>Every finding with its configured severity; hidden ones are left out.</summary>
    public ImmutableArray<ClaimDiagnostic> Apply(IEnumerable<ClaimDiagnostic> diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<ClaimDiagnostic>();
        foreach (var diagnostic in diagnostics)
            if (Apply(diagnostic) is { } configured) result.Add(configured);
        return result.ToImmutable();
    }
}
