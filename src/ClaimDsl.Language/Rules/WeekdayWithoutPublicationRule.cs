using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM031: <c>on thursday</c> in an article with no publication date to count back from.</summary>
public sealed class WeekdayWithoutPublicationRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM031", "Weekday without a publication date", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var claim in context.Model.Claims)
        {
            if (claim.When is not OnWeekday { Date: null } weekday) continue;
            // A `published` line that could not be read, or gives an impossible date, leaves the article without a day to count from.
            var line = context.Model.DeclarationOf(claim.Article)?.Block.Line("published");
            string lacking = line is null ? $"article `{claim.Article.Id}` has no `published` line"
                : line.Value is DateValue written ? $"the `published` line of article `{claim.Article.Id}` ({written.Text}) is not a real date"
                : $"the `published` line of article `{claim.Article.Id}` could not be read";
            context.Report(Rule, claim, "on",
                $"`on {Dates.NameOf(weekday.Weekday)}` names a day of the week, which is counted back from the article's publication date — but {lacking}. Write the publication date as `published YYYY-MM-DD`, or give the claim's date itself.");
        }
    }
}
