using ClaimDsl.Diagnostics;
using ClaimDsl.Model;

namespace ClaimDsl.Rules;

/// <summary>
/// CLM050: an unnamed source with no reason given. Anonymous sourcing is allowed, but good
/// practice says why the source is not named.
/// </summary>
public sealed class UnnamedSourceRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM050", "Unnamed source without a reason", Severity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckClaim(RuleContext context, Claim claim)
    {
        for (int i = 0; i < claim.Sources.Count; i++)
        {
            foreach (var relay in claim.Sources[i].Relays)
            {
                if (relay is not Group { IsUnnamed: true, UnnamedReason: null } group) continue;
                context.ReportSource(Rule, claim, i,
                    $"`{group.Id}` (\"{group.Name}\") is an unnamed source and no reason is given. If the article says why the source is not named, add it to the group: unnamed \"reason\"; otherwise consider whether the claim can stand on this source.", group.Id);
            }
        }
    }
}
