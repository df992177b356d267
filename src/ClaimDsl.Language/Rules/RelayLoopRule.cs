using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Model;

namespace ClaimDsl.Rules;

/// <summary>
/// CLM025: a relay chain that comes back on itself — an entity named twice, or the speaker
/// named before the end (the chain's end is always the speaker).
/// </summary>
public sealed class RelayLoopRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM025", "Relay chain goes in a circle", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckClaim(RuleContext context, Claim claim)
    {
        for (int i = 0; i < claim.Sources.Count; i++)
        {
            // One relay cannot repeat, nor come before the end of its own chain.
            if (claim.Sources[i].Relays.Count < 2) continue;
            var ids = claim.Sources[i].Relays.Select(r => r.Id).ToList();
            string? repeated = FirstRepeated(ids);
            int speakerAt = ids.IndexOf(claim.Speaker.Id);
            string? problem = repeated is not null
                ? $"`{repeated}` appears twice in the chain ({string.Join(" via ", ids)})"
                : speakerAt >= 0 && speakerAt < ids.Count - 1
                    ? $"the speaker `{claim.Speaker.Id}` appears before the end of the chain ({string.Join(" via ", ids)})"
                    : null;
            if (problem is null) continue;
            context.ReportSource(Rule, claim, i,
                $"This relay chain goes in a circle: {problem}. A chain lists who passed the claim on, nearest to the article first, ending at the speaker; name each only once.");
        }
    }

    /// <summary>The first id named a second time (one pass: a pasted chain may be very long).</summary>
    private static string? FirstRepeated(List<string> ids)
    {
        var named = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (string id in ids)
            if (!named.Add(id)) return id;
        return null;
    }
}
