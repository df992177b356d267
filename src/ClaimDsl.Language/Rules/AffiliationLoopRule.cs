using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM026: <c>of</c> or <c>identified-as</c> lines that lead round in a circle (a is of b, b is of a).</summary>
public sealed class AffiliationLoopRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM026", "Affiliation goes in a circle", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var reported = new HashSet<string>();
        // Ids whose chain has been walked to its end already: a later walk that reaches one stops
        // there, so that every chain is walked once and a long chain of `of` lines costs linear
        // time, not one walk (and one search of the path) per step.
        var walked = new HashSet<string>(System.StringComparer.Ordinal);
        var path = new List<(string Id, Declaration Declaration, SyntaxLine Line)>();
        var positions = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var group in context.Model.EntityDeclarations)
        {
            path.Clear();
            positions.Clear();
            string? id = group.Key;
            while (id is not null && !walked.Contains(id) && context.Model.EntityDeclarations[id].FirstOrDefault() is { } declaration)
            {
                if (positions.TryGetValue(id, out int seen))
                {
                    var loop = path.Skip(seen).ToList();
                    // Report the loop once, at the line of its alphabetically first member, and
                    // tell the circle from there, so the message starts where it points.
                    int start = loop.IndexOf(loop.OrderBy(p => p.Id, System.StringComparer.Ordinal).First());
                    var circle = loop.Skip(start).Concat(loop.Take(start)).ToList();
                    var first = circle[0];
                    string why = first.Line.Keyword == "of"
                        ? "An organisation cannot belong, even indirectly, to itself"
                        : "A group cannot be identified, even indirectly, as itself";
                    if (reported.Add(first.Id))
                        context.Report(Rule, first.Declaration.Tree, RuleContext.SpanOf(first.Line)!.Value,
                            $"`{first.Line.Keyword}` lines lead round in a circle: {string.Join(" → ", circle.Select(p => p.Id).Append(first.Id))}. {why}; remove or correct one of these lines.");
                    break;
                }
                var next = declaration.Block.Line("of") ?? declaration.Block.Line("identified-as");
                if (next?.Value is not NameValue target) break;
                positions[id] = path.Count;
                path.Add((id, declaration, next));
                id = target.Name;
            }
            walked.Add(group.Key);
            foreach (var step in path) walked.Add(step.Id);
        }
    }
}
