using System.Collections.Generic;
using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM007: a line that a block may have once (<c>by</c>, <c>says</c>, <c>on</c>, …) given twice.</summary>
public sealed class RepeatedLineRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM007", "Line given twice", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var (tree, block) in context.Blocks)
        {
            var first = new Dictionary<string, SyntaxLine>();
            foreach (var line in block.Lines)
            {
                if (line.Kind != LineKind.Keyword || Keywords.Find(line.Keyword) is not { Repeatable: false } spec) continue;
                if (!first.TryGetValue(spec.Name, out var earlier)) { first[spec.Name] = line; continue; }
                context.Report(Rule, tree, line.KeywordSpan,
                    $"`{spec.Name}` is already given at line {earlier.Span.StartLine}; {RuleContext.Describe(block.Kind)} has only one. Keep the right one and delete the other{Hint(spec.Name)}.");
            }
        }
    }

    private static string Hint(string keyword) => keyword switch
    {
        "says" or "paraphrase" => ", or split the words into two claims",
        "by" => ", or make a claim for each speaker",
        _ => "",
    };
}
