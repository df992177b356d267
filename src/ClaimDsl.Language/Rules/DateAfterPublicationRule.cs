using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Semantics;

namespace ClaimDsl.Rules;

/// <summary>CLM032: a claim dated after the article that reports it was published.</summary>
public sealed class DateAfterPublicationRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM032", "Claim dated after publication", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckClaim(RuleContext context, Claim claim)
    {
        if (claim.Article.Published?.Date is not { } published || claim.When is null) return;
        string? problem = claim.When.Earliest > published ? $"Claim `{claim.Id}` is dated after"
            : claim.When is BetweenDates range && range.To > published ? $"The dates of claim `{claim.Id}` run to {Dates.Describe(range.To)}, after"
            : null;
        if (problem is null) return;
        context.Report(Rule, claim, "on",
            $"{problem} article `{claim.Article.Id}` was published ({Dates.Describe(published)}); an article cannot report what had not yet been said. Check the date, and the article's `published` line.");
    }
}
