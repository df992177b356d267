using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM030: a date that does not exist (2016-02-30, month 13, hour 25).</summary>
public sealed class ImpossibleDateRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM030", "Impossible date", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        foreach (var line in block.Lines)
        {
            switch (line.Value)
            {
                case DateValue date: Check(context, tree, date); break;
                case WhenDate day: Check(context, tree, day.Date); break;
                case WhenBetween range: Check(context, tree, range.From); Check(context, tree, range.To); break;
            }
        }
    }

    private static void Check(RuleContext context, SyntaxTree tree, DateValue date)
    {
        if (Dates.Problem(date) is not { } problem) return;
        bool onlyZoneMissing = date.HasTime && date.OffsetMinutes is null && Dates.Problem(date with { OffsetMinutes = 0 }) is null;
        context.Report(Rule, tree, date.Span, onlyZoneMissing
            ? $"{date.Text} gives a time but not its time zone, so the moment is unknown. Add Z for UTC or the offset from UTC, like {date.Text}+03:00."
            : $"{date.Text} is not a real date: {problem}. Check the date against the article.");
    }
}
