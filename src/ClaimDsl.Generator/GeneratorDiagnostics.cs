using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Rules;
using Microsoft.CodeAnalysis;
using LanguageDescriptor = ClaimDsl.Diagnostics.DiagnosticDescriptor;
using LanguageSeverity = ClaimDsl.Diagnostics.Severity;

namespace ClaimDsl.Generator;

/// <summary>
/// Every diagnostic the generator reports, as Roslyn descriptors: the language's catalogue
/// (same code, title, default severity and help link as the CLI) and the generator's own few.
/// Diagnostics are reported with the default severity; the compiler then applies the project's
/// <c>dotnet_diagnostic.CLMxxx.severity</c> settings and <c>&lt;NoWarn&gt;</c>.
/// </summary>
public static class GeneratorDiagnostics
{
    private const string Category = "ClaimDsl";

    /// <summary>CLM100: something went wrong inside ClaimDsl; the file is reported instead of crashing the build.</summary>
    public static readonly LanguageDescriptor InternalError = new("CLM100", "Claim file could not be turned into code", LanguageSeverity.Error);

    /// <summary>CLM101: the <c>ClaimDslNamespace</c> property is not a C# namespace.</summary>
    public static readonly LanguageDescriptor InvalidNamespace = new("CLM101", "ClaimDslNamespace is not a valid C# namespace", LanguageSeverity.Error);

    /// <summary>CLM102: two claim files declare articles that map to the same class name.</summary>
    public static readonly LanguageDescriptor ClassNameClash = new("CLM102", "Two articles would produce the same C# class", LanguageSeverity.Error);

    /// <summary>CLM103: the claims' texts pass what one assembly can hold in string literals; the compiler is about to report CS8103.</summary>
    public static readonly LanguageDescriptor TooMuchText = new("CLM103", "Too much claim text for one assembly", LanguageSeverity.Warning);

    /// <summary>The generator's own codes, beside the language's.</summary>
    public static IReadOnlyList<LanguageDescriptor> Own { get; } = new[] { InternalError, InvalidNamespace, ClassNameClash, TooMuchText };

    /// <summary>Every code the generator can report: the language's catalogue, then its own.</summary>
    public static IReadOnlyList<LanguageDescriptor> All { get; } = RuleEngine.Descriptors.Concat(Own).ToArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCode = All.ToDictionary(d => d.Code, ToRoslyn);

    /// <summary>The Roslyn descriptor for a CLM code.</summary>
    public static DiagnosticDescriptor Descriptor(string code) =>
        ByCode.TryGetValue(code, out var descriptor) ? descriptor : ByCode[InternalError.Code];

    /// <summary>The default severity of a CLM code.</summary>
    public static DiagnosticSeverity DefaultSeverity(string code) => Descriptor(code).DefaultSeverity;

    private static DiagnosticDescriptor ToRoslyn(LanguageDescriptor descriptor) => new(
        descriptor.Code,
        descriptor.Title,
        "{0}",
        Category,
        descriptor.DefaultSeverity switch
        {
            LanguageSeverity.Error => DiagnosticSeverity.Error,
            LanguageSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        isEnabledByDefault: true,
        helpLinkUri: descriptor.HelpUri);
}
