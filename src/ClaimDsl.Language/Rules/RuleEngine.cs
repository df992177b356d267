using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>Runs every rule and gathers the findings, with the parser's, in a stable order.</summary>
public static class RuleEngine
{
    /// <summary>Every rule of the language, by code.</summary>
    public static ImmutableArray<ClaimRule> Rules { get; } = ImmutableArray.Create<ClaimRule>(
        new HiddenCharacterRule(),
        new EmptyTextRule(),
        new RepeatedLineRule(),
        new MissingSourceRule(),
        new MissingSpeakerRule(),
        new MissingStatementRule(),
        new QuoteAndParaphraseRule(),
        new ClaimOutsideArticleRule(),
        new UnresolvedReferenceRule(),
        new DuplicateIdRule(),
        new WrongKindOfReferenceRule(),
        new MissingImportRule(),
        new ImportCycleRule(),
        new RelayLoopRule(),
        new AffiliationLoopRule(),
        new ImpossibleDateRule(),
        new WeekdayWithoutPublicationRule(),
        new DateAfterPublicationRule(),
        new VagueDateRule(),
        new ReversedRangeRule(),
        new UnknownWeekdayRule(),
        new QuoteNotFoundRule(),
        new ArticleTextMissingRule(),
        new QuotesNotCheckedRule(),
        new UnnamedSourceRule(),
        new MalformedUrlRule(),
        new UnknownVerdictRule(),
        new UnknownOrgKindRule());

    /// <summary>Every diagnostic the language can report: the parser's, then the rules'.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        ImmutableArray.Create(SyntaxErrors.SyntaxError, SyntaxErrors.UnknownKeyword, SyntaxErrors.UnterminatedString, SyntaxErrors.InvalidEscape, SyntaxErrors.NotText)
            .AddRange(Rules.Select(r => r.Descriptor))
            .Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));

    /// <summary>Parser findings of every file, then every rule's, sorted by file, position and code, without repeats.</summary>
    public static ImmutableArray<ClaimDiagnostic> Run(Compilation compilation, ClaimWorkspace workspace)
    {
        var context = new RuleContext(compilation.Model, compilation, workspace);
        foreach (var rule in Rules) rule.Check(context);
        return Order(compilation.Trees.SelectMany(t => t.Diagnostics).Concat(context.Diagnostics));
    }

    /// <summary>Runs the rules that apply to records without files (hand-built or deserialised).</summary>
    public static ImmutableArray<ClaimDiagnostic> Validate(ClaimModel model)
    {
        var context = new RuleContext(model, null, null);
        foreach (var rule in Rules) rule.Check(context);
        return Order(context.Diagnostics);
    }

    /// <summary>The stable order of findings: file, line, column, code, message; each once.</summary>
    public static ImmutableArray<ClaimDiagnostic> Order(IEnumerable<ClaimDiagnostic> diagnostics) =>
        diagnostics.Distinct()
            .OrderBy(d => d.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Code, System.StringComparer.Ordinal)
            .ThenBy(d => d.Message, System.StringComparer.Ordinal)
            .ToImmutableArray();
}
