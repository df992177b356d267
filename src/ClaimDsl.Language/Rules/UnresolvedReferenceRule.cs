using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM020: an id that names no person, organisation or group in the file or its imports.</summary>
public sealed class UnresolvedReferenceRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM020", "Unknown id", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var known = context.Model.EntityDeclarations.Select(g => g.Key).ToList();
        // Ids declared by blocks whose keyword is misspelt (`persn okafor "…"`): the parser has
        // reported that line, and every use of the id would otherwise be a second error.
        var setAside = new HashSet<string>(context.Blocks.Where(d => d.Block.Kind == BlockKind.Unknown && d.Block.Id is not null)
            .Select(d => d.Block.Id!.Name));
        var failedImports = context.Imports.Where(i => i.Status == ImportStatus.Missing).ToList();
        foreach (var (tree, block) in context.Blocks)
        {
            foreach (var (line, name, target) in References.In(block))
            {
                if (context.Model.EntityDeclarations.Contains(name.Name) || setAside.Contains(name.Name)) continue;
                string? suggestion = Text.Suggestions.Closest(name.Name, known);
                string hint = suggestion is not null
                    ? $" Did you mean `{suggestion}`?"
                    : line.Keyword == "to" ? $" If you meant words rather than an id, put them in quotes: to \"{name.Name}\"." : "";
                string declare = target == ReferenceTarget.Organization ? $"org {name.Name} \"Name\"" : $"person {name.Name} \"Full Name\"";
                string imports = failedImports.FirstOrDefault(i => i.From.Path == tree.Path) is { } failed
                    ? $" (The import at line {failed.Line.Header.Span.StartLine} could not be read; if `{name.Name}` is declared there, mending that import mends this too.)"
                    : "";
                context.Report(Rule, tree, name.Span,
                    $"No person, organisation or group has the id `{name.Name}`.{hint} {(suggestion is not null ? "Otherwise, declare" : "Declare")} it (for example `{declare}`), import the file that declares it, or correct the id.{imports}");
            }
        }
    }
}
