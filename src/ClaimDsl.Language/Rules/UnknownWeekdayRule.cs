using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM035: <c>on</c> followed by a word that is not a weekday (<c>on thursdy</c>, <c>on yesterday</c>).</summary>
public sealed class UnknownWeekdayRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM035", "Unknown weekday", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        if (block.Value<WhenWeekday>("on") is not { } when || Dates.TryParseWeekday(when.Weekday.Name, out _)) return;
        string? suggestion = Text.Suggestions.Closest(when.Weekday.Name, Dates.WeekdayNames);
        string hint = suggestion is not null ? $"Did you mean `{suggestion}`?" : $"For words like this, put them in quotes: on \"{when.Weekday.Name}\".";
        context.Report(Rule, tree, when.Weekday.Span,
            $"`{when.Weekday.Name}` is not a day of the week (weekdays are written in lower case: monday … sunday). {hint}");
    }
}
