using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>
/// CLM050: an unnamed source with no reason given. Anonymous sourcing is allowed, but good
/// practice says why the source is not named.
/// </summary>
public sealed class UnnamedSourceRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM050", "Unnamed source without a reason", Severity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var claim in context.Model.Claims)
        {
            var declaration = context.Model.DeclarationOf(claim);
            var lines = declaration?.Block.LinesOf("source").Where(l => l.Value is SourceValue).ToList();
            for (int i = 0; i < claim.Sources.Count; i++)
            {
                foreach (var group in claim.Sources[i].Relays.OfType<Group>().Where(g => g.IsUnnamed && g.UnnamedReason is null).Distinct())
                {
                    string message = $"`{group.Id}` (\"{group.Name}\") is an unnamed source and no reason is given. If the article says why the source is not named, add it to the group: unnamed \"reason\"; otherwise consider whether the claim can stand on this source.";
                    // Point at the group's own id in the chain (`source npa via insiders`).
                    if (declaration is not null && lines is not null && i < lines.Count && lines[i].Value is SourceValue source)
                        context.Report(Rule, declaration.Tree, source.Chain.FirstOrDefault(n => n.Name == group.Id)?.Span ?? source.Span, message);
                    else
                        context.Report(Rule, claim, "source", message);
                }
            }
        }
    }
}
