using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;

namespace ClaimDsl.Rules;

/// <summary>CLM024: files that import each other in a circle.</summary>
public sealed class ImportCycleRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM024", "Import cycle", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var import in context.Imports)
        {
            if (import.Status != ImportStatus.Cycle) continue;
            string circle = string.Join(" → ", import.Cycle.Select(System.IO.Path.GetFileName));
            context.Report(Rule, import.From, RuleContext.SpanOf(import.Line.Header)!.Value,
                $"These files import each other in a circle ({circle}). Move what they share into a file of its own that each of them imports, and remove this import.");
        }
    }
}
