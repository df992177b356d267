using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM011: a claim with no <c>by</c> line: nobody said it.</summary>
public sealed class MissingSpeakerRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM011", "Claim has no speaker", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        if (block.Kind != BlockKind.Claim || block.Id is null || block.Line("by") is not null || block.HasMisspelt("by")) return;
        context.Report(Rule, tree, block.Id.Span,
            $"Claim `{block.Id.Name}` does not say who made it. Add a `by` line with the id of the person, organisation or group, for example `by ayrault`.");
    }
}
