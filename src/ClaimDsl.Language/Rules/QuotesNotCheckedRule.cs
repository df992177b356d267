using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Model;

namespace ClaimDsl.Rules;

/// <summary>CLM042: an article with quotes but no <c>text</c> line, so its quotes go unchecked.</summary>
public sealed class QuotesNotCheckedRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM042", "Quotes not checked", Severity.Info);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var article in context.Model.Articles)
        {
            if (article.TextPath is not null) continue;
            int quotes = context.Model.ClaimsOf(article).Count(c => c.Statement.Kind == StatementKind.Quote);
            if (quotes == 0) continue;
            context.Report(Rule, article, null,
                $"Article `{article.Id}` has no `text` line, so its {quotes} quote{(quotes == 1 ? "" : "s")} could not be checked against the article. Save the article's text next to this file and add `text \"file.txt\"`.");
        }
    }
}
