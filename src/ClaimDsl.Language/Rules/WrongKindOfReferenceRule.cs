using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM022: <c>outlet</c> or <c>of</c> naming a person or group where an organisation is needed.</summary>
public sealed class WrongKindOfReferenceRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM022", "Reference to the wrong kind of entity", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        foreach (var (line, name, target) in References.In(block))
        {
            if (target != ReferenceTarget.Organization) continue;
            var declared = context.Model.EntityDeclarations[name.Name].FirstOrDefault();
            if (declared is null || declared.Block.Kind == BlockKind.Org) continue;
            context.Report(Rule, tree, name.Span,
                $"`{line.Keyword}` must name an organisation, but `{name.Name}` is {RuleContext.Describe(declared.Block.Kind)}. Use the id of an `org` block.");
        }
    }
}
