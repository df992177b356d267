using System.Collections.Generic;
using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM006: a text in quotes that is empty or only spaces, where words are needed.</summary>
public sealed class EmptyTextRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM006", "Empty text", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var (tree, block) in context.Blocks)
        {
            foreach (var line in Prepend(block.Header, block.Lines))
            {
                foreach (var text in Texts(line.Value))
                {
                    if (!string.IsNullOrWhiteSpace(text.Value)) continue;
                    context.Report(Rule, tree, text.Span, line.Value is HeaderValue header
                        ? $"The name of `{line.Keyword} {header.Id.Name}` is empty. Write the name between the quotes, as the article gives it."
                        : $"The text after `{line.Keyword}` is empty. Write the words between the quotes, or remove the line.");
                }
            }
        }
    }

    private static IEnumerable<SyntaxLine> Prepend(SyntaxLine header, IEnumerable<SyntaxLine> lines)
    {
        yield return header;
        foreach (var line in lines) yield return line;
    }

    private static IEnumerable<TextValue> Texts(SyntaxValue? value)
    {
        switch (value)
        {
            case TextValue t: yield return t; break;
            case TextListValue l: foreach (var item in l.Items) yield return item; break;
            case HeaderValue { Name: { } n }: yield return n; break;
            case WhenVague w: yield return w.Phrase; break;
            case AudienceValue { Text: { } t }: yield return t; break;
            case VerdictValue { Explanation: { } e }: yield return e; break;
            case UnnamedValue { Reason: { } r }: yield return r; break;
        }
    }
}
