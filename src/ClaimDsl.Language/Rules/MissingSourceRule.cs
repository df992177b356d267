using ClaimDsl.Diagnostics;
using ClaimDsl.Model;

namespace ClaimDsl.Rules;

/// <summary>CLM010: a claim that does not say how the article got it. The check CI exists for.</summary>
public sealed class MissingSourceRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM010", "Claim has no source", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckClaim(RuleContext context, Claim claim)
    {
        // A `source` line that could not be read, or a misspelt one, was reported by the parser.
        var block = context.Model.DeclarationOf(claim)?.Block;
        if (claim.Sources.Count > 0 || block?.Line("source") is not null || block?.HasMisspelt("source") == true) return;
        context.Report(Rule, claim, null,
            $"Claim `{claim.Id}` does not say where the article got it. Add a `source` line: `source direct` if {claim.Speaker.Name} said it on the record, or the id of whoever relayed it (for example `source tass`).");
    }
}
