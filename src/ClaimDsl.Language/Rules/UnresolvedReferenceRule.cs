using System.Linq;
using ClaimDsl.Diagnostics;

namespace ClaimDsl.Rules;

/// <summary>CLM020: an id that names no person, organisation or group in the file or its imports.</summary>
public sealed class UnresolvedReferenceRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM020", "Unknown id", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var known = context.Model.EntityDeclarations.Select(g => g.Key).ToList();
        foreach (var (tree, block) in context.Blocks)
        {
            foreach (var (line, name, _) in References.In(block))
            {
                if (context.Model.EntityDeclarations.Contains(name.Name)) continue;
                string? suggestion = Text.Suggestions.Closest(name.Name, known);
                string hint = suggestion is not null
                    ? $" Did you mean `{suggestion}`?"
                    : line.Keyword == "to" ? $" If you meant words rather than an id, put them in quotes: to \"{name.Name}\"." : "";
                context.Report(Rule, tree, name.Span,
                    $"No person, organisation or group has the id `{name.Name}`.{hint} {(hint.Length > 0 ? "Otherwise, declare" : "Declare")} it (for example `person {name.Name} \"Full Name\"`), import the file that declares it, or correct the id.");
            }
        }
    }
}
