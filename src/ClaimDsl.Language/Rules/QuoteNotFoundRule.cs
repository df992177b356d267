using ClaimDsl.Diagnostics;
using ClaimDsl.Model;

namespace ClaimDsl.Rules;

/// <summary>CLM040: a <c>says</c> quote that does not occur in the article's text.</summary>
public sealed class QuoteNotFoundRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM040", "Quote not found in the article", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckClaim(RuleContext context, Claim claim)
    {
        if (claim.Statement.Kind != StatementKind.Quote || context.Quotes(claim.Article) is not { } matcher) return;
        var match = matcher.Find(claim.Statement.Text);
        if (match.Found) return;
        if (match.OutOfOrderPart is { } part)
        {
            context.Report(Rule, claim, "says",
                $"The parts of this quote are not in the article's order: \"{part}\" is in the text of article `{claim.Article.Id}`, but before the words the quote puts ahead of it. An ellipsis (...) stands for words left out, so the parts around it must follow the article's order.");
            return;
        }
        string closest = match.ClosestPassage is { } passage
            ? $" The closest passage in the article is: \"{passage}\"."
            : "";
        context.Report(Rule, claim, "says",
            $"These words do not appear in the text of article `{claim.Article.Id}`.{closest} A `says` quote must match the article word for word, capital letters included (typographic quotes and spacing aside; use ... for words left out). If the article reports the claim in its own words, use `paraphrase` instead.");
    }
}
