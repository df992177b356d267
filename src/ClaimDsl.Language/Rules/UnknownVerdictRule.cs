using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM061: a verdict whose rating is not one of the nine.</summary>
public sealed class UnknownVerdictRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM061", "Unknown verdict", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        if (block.Value<VerdictValue>("verdict") is not { } verdict || Ratings.TryParse(verdict.Rating.Name, out _)) return;
        string? suggestion = Text.Suggestions.Closest(verdict.Rating.Name, Ratings.Keywords);
        context.Report(Rule, tree, verdict.Rating.Span,
            $"`{verdict.Rating.Name}` is not a verdict.{(suggestion is null ? "" : $" Did you mean `{suggestion}`?")} The verdicts are: {string.Join(", ", Ratings.Keywords)}.");
    }
}
