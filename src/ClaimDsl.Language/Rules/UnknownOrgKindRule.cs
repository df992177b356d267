using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM062: an organisation <c>kind</c> that is not one of the known kinds.</summary>
public sealed class UnknownOrgKindRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM062", "Unknown kind of organisation", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        if (block.Value<NameValue>("kind") is not { } kind || OrgKinds.TryParse(kind.Name, out _)) return;
        string? suggestion = Text.Suggestions.Closest(kind.Name, OrgKinds.Names);
        context.Report(Rule, tree, kind.Span,
            $"`{kind.Name}` is not a kind of organisation.{(suggestion is null ? "" : $" Did you mean `{suggestion}`?")} The kinds are: {string.Join(", ", OrgKinds.Names)}.");
    }
}
