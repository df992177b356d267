using ClaimDsl.Diagnostics;

namespace ClaimDsl.Rules;

/// <summary>
/// One check of the language: its descriptor (code, title, default severity) and the check
/// itself. Rules read the model and the parsed files from the <see cref="RuleContext"/> and
/// report what they find there; each rule's entry in <c>docs/diagnostics.md</c> explains it.
/// </summary>
public abstract class ClaimRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Check(RuleContext context);
}
