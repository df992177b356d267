using System;
using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM060: a <c>url</c> or <c>evidence</c> link that is not a complete http or https address.</summary>
public sealed class MalformedUrlRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM060", "Malformed web address", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
        foreach (var line in block.Lines)
        {
            if (line.Keyword is not ("url" or "evidence") || line.Value is not TextValue { IsBlank: false, Value: var url } text) continue;
            if (IsWebAddress(url)) continue;
            context.Report(Rule, tree, text.Span,
                $"\"{url}\" is not a complete web address. Copy the whole address from the browser, starting with https:// (or http://), with no spaces.");
        }
    }

    private static readonly char[] Blanks = { ' ', '\t', '\n' };

    public static bool IsWebAddress(string url) =>
        url.IndexOfAny(Blanks) < 0
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0 && uri.Host.Contains(".");
}
