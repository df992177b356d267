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

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        foreach (var (line, name, target) in References.In(block))
        {
            if (context.Model.EntityDeclarations.Contains(name.Name)) continue;
            var known = context.Once(this, Known.Of);
            if (known.SetAside.Contains(name.Name)) continue;
            string? suggestion = Text.Suggestions.Closest(name.Name, known.Ids);
            string hint = suggestion is not null
                ? $" Did you mean `{suggestion}`?"
                : line.Keyword == "to" ? $" If you meant words rather than an id, put them in quotes: to \"{name.Name}\"." : "";
            string declare = target == ReferenceTarget.Organization ? $"org {name.Name} \"Name\"" : $"person {name.Name} \"Full Name\"";
            string imports = context.Imports.FirstOrDefault(i => i.Status == ImportStatus.Missing && i.From.Path == tree.Path) is { } failed
                ? $" (The import at line {failed.Line.Header.Span.StartLine} could not be read; if `{name.Name}` is declared there, mending that import mends this too.)"
                : "";
            context.Report(Rule, tree, name.Span,
                $"No person, organisation or group has the id `{name.Name}`.{hint} {(suggestion is not null ? "Otherwise, declare" : "Declare")} it (for example `{declare}`), import the file that declares it, or correct the id.{imports}");
        }
    }

    /// <summary>The declared ids to suggest from, and the ids set aside; made once per check, when the first unknown id is met.</summary>
    private sealed class Known
    {
        private Known(List<string> ids, HashSet<string> setAside)
        {
            Ids = ids;
            SetAside = setAside;
        }

        public List<string> Ids { get; }

        /// <summary>
        /// Ids declared by blocks whose keyword is misspelt (`persn okafor "…"`): the parser has
        /// reported that line, and every use of the id would otherwise be a second error.
        /// </summary>
        public HashSet<string> SetAside { get; }

        public static Known Of(RuleContext context) => new(
            context.Model.EntityDeclarations.Select(g => g.Key).ToList(),
            new HashSet<string>(context.Trees.SelectMany(t => t.Blocks).Where(b => b.Kind == BlockKind.Unknown && b.Id is not null).Select(b => b.Id!.Name)));
    }
}
