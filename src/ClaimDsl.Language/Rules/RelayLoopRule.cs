using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>
/// CLM025: a relay chain that comes back on itself — an entity named twice, or the speaker
/// named before the end (the chain's end is always the speaker).
/// </summary>
public sealed class RelayLoopRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM025", "Relay chain goes in a circle", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var claim in context.Model.Claims)
        {
            var declaration = context.Model.DeclarationOf(claim);
            var lines = declaration?.Block.LinesOf("source").Where(l => l.Value is SourceValue).ToList();
            for (int i = 0; i < claim.Sources.Count; i++)
            {
                var relays = claim.Sources[i].Relays;
                var ids = relays.Select(r => r.Id).ToList();
                var repeated = ids.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1)?.Key;
                int speakerAt = ids.IndexOf(claim.Speaker.Id);
                string? problem = repeated is not null
                    ? $"`{repeated}` appears twice in the chain ({string.Join(" via ", ids)})"
                    : speakerAt >= 0 && speakerAt < ids.Count - 1
                        ? $"the speaker `{claim.Speaker.Id}` appears before the end of the chain ({string.Join(" via ", ids)})"
                        : null;
                if (problem is null) continue;
                string message = $"This relay chain goes in a circle: {problem}. A chain lists who passed the claim on, nearest to the article first, ending at the speaker; name each only once.";
                if (declaration is not null && lines is not null && i < lines.Count)
                    context.Report(Rule, declaration.Tree, RuleContext.SpanOf(lines[i])!.Value, message);
                else
                    context.Report(Rule, claim, "source", message);
            }
        }
    }
}
