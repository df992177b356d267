using ClaimDsl.Diagnostics;

namespace ClaimDsl.Syntax;

/// <summary>The findings of the parser itself: lines it could not read.</summary>
public static class SyntaxErrors
{
    public static readonly DiagnosticDescriptor SyntaxError = new("CLM001", "Line not understood", Severity.Error);
    public static readonly DiagnosticDescriptor UnknownKeyword = new("CLM002", "Unknown or misplaced keyword", Severity.Error);
    public static readonly DiagnosticDescriptor UnterminatedString = new("CLM003", "Text without its closing quote", Severity.Error);
    public static readonly DiagnosticDescriptor InvalidEscape = new("CLM004", "Unknown escape in a text", Severity.Error);
    public static readonly DiagnosticDescriptor NotText = new("CLM008", "File is not UTF-8 text", Severity.Error);
}
