using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;

namespace ClaimDsl.Rules;

/// <summary>CLM041: an article's <c>text</c> file that does not exist, cannot be read, or is not UTF-8 text, so no quote can be checked.</summary>
public sealed class ArticleTextMissingRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM041", "Article text missing or unreadable", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var article in context.Model.Articles)
        {
            var text = context.ArticleText(article);
            if (text is { Text: null })
                context.Report(Rule, article, "text",
                    $"The text of article `{article.Id}` cannot be read. {text.Problem} The path is read from the folder that holds this file; until the text is found, the quotes of this article cannot be checked.");
            else if (text?.Decoding is { } decoding)
                context.Report(Rule, article, "text",
                    $"{ClaimWorkspace.DecodingMessage(decoding.Kind, $"The text of article `{article.Id}`")} Until it is, the quotes of this article are not checked.");
        }
    }
}
