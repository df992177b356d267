using System.Collections.Generic;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM030: a date that does not exist (2016-02-30, month 13, hour 25).</summary>
public sealed class ImpossibleDateRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM030", "Impossible date", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var (tree, block) in context.Blocks)
        {
            foreach (var line in block.Lines)
            {
                foreach (var date in DatesIn(line.Value))
                {
                    if (Dates.Problem(date) is not { } problem) continue;
                    bool onlyZoneMissing = date.HasTime && date.OffsetMinutes is null && Dates.Problem(date with { OffsetMinutes = 0 }) is null;
                    context.Report(Rule, tree, date.Span, onlyZoneMissing
                        ? $"{date.Text} gives a time but not its time zone, so the moment is unknown. Add Z for UTC or the offset from UTC, like {date.Text}+03:00."
                        : $"{date.Text} is not a real date: {problem}. Check the date against the article.");
                }
            }
        }
    }

    private static IEnumerable<DateValue> DatesIn(SyntaxValue? value)
    {
        switch (value)
        {
            case DateValue d: yield return d; break;
            case WhenDate w: yield return w.Date; break;
            case WhenBetween b: yield return b.From; yield return b.To; break;
        }
    }
}
