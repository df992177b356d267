using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM007: a line that a block may have once (<c>by</c>, <c>says</c>, <c>on</c>, …) given twice.</summary>
public sealed class RepeatedLineRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM007", "Line given twice", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        // Blocks are short: look back for an earlier line only when the keyword may not repeat.
        for (int i = 0; i < block.Lines.Length; i++)
        {
            var line = block.Lines[i];
            if (line.Kind != LineKind.Keyword || Keywords.Find(line.Keyword) is not { Repeatable: false } spec) continue;
            var earlier = FirstEarlier(block, i);
            if (earlier is null) continue;
            context.Report(Rule, tree, line.KeywordSpan,
                $"`{spec.Name}` is already given at line {earlier.Span.StartLine}; {RuleContext.Describe(block.Kind)} has only one. Keep the right one and delete the other{Hint(spec.Name)}.");
        }
    }

    private static SyntaxLine? FirstEarlier(SyntaxBlock block, int index)
    {
        for (int j = 0; j < index; j++)
            if (block.Lines[j].Kind == LineKind.Keyword && block.Lines[j].Keyword == block.Lines[index].Keyword) return block.Lines[j];
        return null;
    }

    private static string Hint(string keyword) => keyword switch
    {
        "says" or "paraphrase" => ", or split the words into two claims",
        "by" => ", or make a claim for each speaker",
        _ => "",
    };
}
