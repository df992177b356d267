using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM012: a claim with neither <c>says</c> nor <c>paraphrase</c>: it does not say what was claimed.</summary>
public sealed class MissingStatementRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM012", "Claim has no words", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        if (block.Kind != BlockKind.Claim || block.Id is null || block.Line("says") is not null || block.Line("paraphrase") is not null) return;
        if (block.HasMisspelt("says") || block.HasMisspelt("paraphrase")) return;
        context.Report(Rule, tree, block.Id.Span,
            $"Claim `{block.Id.Name}` does not say what was claimed. Add `says \"…\"` with the exact words the article quotes, or `paraphrase \"…\"` when the article reports them in its own words.");
    }
}
