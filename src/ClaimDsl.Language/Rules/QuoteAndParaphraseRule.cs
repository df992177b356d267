using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM013: a claim with both <c>says</c> and <c>paraphrase</c>: one claim is one statement.</summary>
public sealed class QuoteAndParaphraseRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM013", "Claim has both a quote and a paraphrase", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        if (block.Kind != BlockKind.Claim || block.Line("says") is null || block.Line("paraphrase") is not { } paraphrase) return;
        context.Report(Rule, tree, paraphrase.KeywordSpan,
            $"Claim `{block.Id?.Name}` has both `says` and `paraphrase`; a claim has exactly one of them. Keep `says` for the quoted words and move the paraphrase into a claim of its own, or into `context`.");
    }
}
