using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>
/// One check of the language: its descriptor (code, title, default severity) and the check
/// itself. Rules read the model and the parsed files from the <see cref="RuleContext"/> and
/// report what they find there; each rule's entry in <c>docs/diagnostics.md</c> explains it.
/// A rule overrides the one of the three entry points that fits what it looks at.
/// </summary>
public abstract class ClaimRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>Checks what spans the whole compilation (imports, ids across files, loops); called once.</summary>
    public virtual void Check(RuleContext context)
    {
    }

    /// <summary>
    /// Checks one block of a parsed file. The engine walks the files once and hands each block
    /// to every rule in turn: on a large file, walking the whole tree once per rule cost more
    /// than all the checks themselves.
    /// </summary>
    public virtual void CheckBlock(RuleContext context, SyntaxTree tree, SyntaxBlock block)
    {
    }

    /// <summary>Checks one claim of the model, read from files or built by hand; called for each claim in order.</summary>
    public virtual void CheckClaim(RuleContext context, Claim claim)
    {
    }
}
