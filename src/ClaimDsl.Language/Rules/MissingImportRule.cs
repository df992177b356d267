using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;

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
                $"The imported file cannot be used: {import.Problem} The path is read relative to this file's folder; check its spelling.");
        }
    }
}
