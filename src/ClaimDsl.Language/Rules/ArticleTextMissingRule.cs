using ClaimDsl.Diagnostics;

namespace ClaimDsl.Rules;

/// <summary>CLM041: an article's <c>text</c> file that does not exist or cannot be read, so no quote can be checked.</summary>
public sealed class ArticleTextMissingRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM041", "Article text not found", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var article in context.Model.Articles)
        {
            if (context.ArticleText(article) is not { Text: null } missing) continue;
            context.Report(Rule, article, "text",
                $"The text of article `{article.Id}` cannot be read. {missing.Problem} The path is read from the folder that holds this file; until the text is found, the quotes of this article cannot be checked.");
        }
    }
}
