using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM014: a claim above every <c>article</c> block of its file: it belongs to no article.</summary>
public sealed class ClaimOutsideArticleRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM014", "Claim outside any article", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var tree in context.Trees)
        {
            foreach (var block in tree.Blocks)
            {
                if (block.Kind == BlockKind.Article) break;
                if (block.Kind != BlockKind.Claim || block.Id is null) continue;
                context.Report(Rule, tree, block.Id.Span,
                    $"Claim `{block.Id.Name}` comes before any `article` block, so it belongs to no article. Claims belong to the article above them: move it below an `article <id>` block.");
            }
        }
    }
}
