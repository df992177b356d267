using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM006: a text in quotes that is empty or only spaces, where words are needed.</summary>
public sealed class EmptyTextRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM006", "Empty text", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        Check(context, tree, block.Header);
        foreach (var line in block.Lines) Check(context, tree, line);
    }

    private static void Check(RuleContext context, SyntaxTree tree, SyntaxLine line)
    {
        switch (line.Value)
        {
            case TextValue t: Check(context, tree, line, t); break;
            case TextListValue l: foreach (var item in l.Items) Check(context, tree, line, item); break;
            case HeaderValue { Name: { } n }: Check(context, tree, line, n); break;
            case WhenVague w: Check(context, tree, line, w.Phrase); break;
            case AudienceValue { Text: { } t }: Check(context, tree, line, t); break;
            case VerdictValue { Explanation: { } e }: Check(context, tree, line, e); break;
            case UnnamedValue { Reason: { } r }: Check(context, tree, line, r); break;
        }
    }

    private static void Check(RuleContext context, SyntaxTree tree, SyntaxLine line, TextValue text)
    {
        if (!text.IsBlank) return;
        context.Report(Rule, tree, text.Span, line.Value is HeaderValue header
            ? $"The name of `{line.Keyword} {header.Id.Name}` is empty. Write the name between the quotes, as the article gives it."
            : $"The text after `{line.Keyword}` is empty. Write the words between the quotes, or remove the line.");
    }
}
