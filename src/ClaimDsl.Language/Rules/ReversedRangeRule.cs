using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM034: <c>between</c> two dates given latest first.</summary>
public sealed class ReversedRangeRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM034", "Date range ends before it starts", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        if (block.Value<WhenBetween>("on") is not { } range) return;
        if (Dates.Day(range.From) is not { } from || Dates.Day(range.To) is not { } to || from <= to) return;
        context.Report(Rule, tree, range.Span,
            $"This range ends ({range.To.Text}) before it starts ({range.From.Text}). Write the earlier date first: between {range.To.Text} and {range.From.Text}.");
    }
}
