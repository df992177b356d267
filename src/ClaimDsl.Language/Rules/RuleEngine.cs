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
        RunRules(context);
        return Order(compilation.Trees.SelectMany(t => t.Diagnostics).Concat(context.Diagnostics));
    }

    /// <summary>Runs the rules that apply to records without files (hand-built or deserialised).</summary>
    public static ImmutableArray<ClaimDiagnostic> Validate(ClaimModel model)
    {
        var context = new RuleContext(model, null, null);
        RunRules(context);
        return Order(context.Diagnostics);
    }

    /// <summary>
    /// Hands everything to every rule in one walk: each block of each file, then each claim,
    /// then the whole. A block's lines are read by all the rules while they are at hand, rather
    /// than the whole tree being walked again by each rule.
    /// </summary>
    private static void RunRules(RuleContext context)
    {
        foreach (var tree in context.Trees)
            foreach (var block in tree.Blocks)
                foreach (var rule in Rules) rule.CheckBlock(context, tree, block);
        foreach (var claim in context.Model.Claims)
            foreach (var rule in Rules) rule.CheckClaim(context, claim);
        foreach (var rule in Rules) rule.Check(context);
    }

    /// <summary>The stable order of findings: file, line, column, code, message; each once.</summary>
    public static ImmutableArray<ClaimDiagnostic> Order(IEnumerable<ClaimDiagnostic> diagnostics)
    {
        var sorted = diagnostics.ToList();
        sorted.Sort(Compare);
        var unique = ImmutableArray.CreateBuilder<ClaimDiagnostic>(sorted.Count);
        for (int i = 0; i < sorted.Count; i++)
            if (i == 0 || !sorted[i].Equals(sorted[i - 1])) unique.Add(sorted[i]);
        return unique.ToImmutable();
    }

    // Every field takes part, so that the order never depends on the order the rules ran in,
    // and equal findings end up side by side, where the repeats are dropped.
    private static int Compare(ClaimDiagnostic a, ClaimDiagnostic b)
    {
        int c = string.CompareOrdinal(a.FilePath, b.FilePath);
        if (c == 0) c = a.Span.Start.CompareTo(b.Span.Start);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        if (c == 0) c = a.Span.Length.CompareTo(b.Span.Length);
        if (c == 0) c = a.Severity.CompareTo(b.Severity);
        return c;
    }
}
