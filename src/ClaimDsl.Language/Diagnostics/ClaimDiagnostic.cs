using ClaimDsl.Text;

namespace ClaimDsl.Diagnostics;

/// <summary>
/// One finding in one file: what (the descriptor and a message written for the person who
/// wrote the file), where (path and span) and how serious.
/// </summary>
public sealed record ClaimDiagnostic(DiagnosticDescriptor Descriptor, Severity Severity, string Message, string FilePath, SourceSpan Span)
{
    /// <summary>The stable code, e.g. <c>CLM010</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The same finding with another severity (per-project configuration).</summary>
    public ClaimDiagnostic WithSeverity(Severity severity) => this with { Severity = severity };

    /// <summary>Compiler-style text: <c>file(line,col): error CLM010: message</c>.</summary>
    public override string ToString() =>
        $"{FilePath}({Span.StartLine},{Span.StartColumn}): {SeverityName(Severity)} {Code}: {Message}";

    /// <summary>The lower-case word for a severity, as compilers print it.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
