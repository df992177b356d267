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

    public override void CheckClaim(RuleContext context, Claim claim)
    {
        if (claim.When is not OnWeekday { Date: null } weekday) return;
        // A `published` line that is there but impossible or unreadable is reported where it is.
        if (context.Model.DeclarationOf(claim.Article)?.Block.Line("published") is not null) return;
        context.Report(Rule, claim, "on",
            $"`on {Dates.NameOf(weekday.Weekday)}` names a day of the week, which is counted back from the article's publication date — but article `{claim.Article.Id}` has no `published` line. Write the publication date in the article as `published YYYY-MM-DD`, or give the claim's date itself.");
    }
}
