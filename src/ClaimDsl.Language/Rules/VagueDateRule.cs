using ClaimDsl.Diagnostics;
using ClaimDsl.Model;

namespace ClaimDsl.Rules;

/// <summary>CLM033: a date given only in words (<c>on "earlier this year"</c>); kept as written.</summary>
public sealed class VagueDateRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM033", "Vague date", Severity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckClaim(RuleContext context, Claim claim)
    {
        if (claim.When is not VagueDate vague) return;
        context.Report(Rule, claim, "on",
            $"\"{vague.Phrase}\" is not a date, so claim `{claim.Id}` cannot be placed in time; it is kept as written. If you can pin it down, write a date, a month, a year, or `between` two dates.");
    }
}
