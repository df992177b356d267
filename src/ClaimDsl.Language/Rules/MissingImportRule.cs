using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>CLM023: an <c>import</c> naming a file that does not exist or cannot be read.</summary>
public sealed class MissingImportRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM023", "Imported file not found", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var import in context.Imports)
        {
            if (import.Status != ImportStatus.Missing) continue;
            context.Report(Rule, import.From, RuleContext.SpanOf(import.Line.Header)!.Value,
                $"`{(import.Line.Header.Value as TextValue)?.Value}` cannot be imported. {import.Problem} The path is read from the folder that holds this file; check its spelling.");
        }
    }
}
