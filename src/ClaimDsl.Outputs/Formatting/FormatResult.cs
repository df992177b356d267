using System.Collections.Immutable;
using ClaimDsl.Diagnostics;

namespace ClaimDsl.Formatting;

/// <summary>What formatting a file came to.</summary>
public enum FormatStatus
{
    /// <summary>The file is already in the canonical layout.</summary>
    Unchanged,
    /// <summary>The file's layout differs: <see cref="FormatResult.Text"/> is the formatted file.</summary>
    Changed,
    /// <summary>The file has syntax errors and was not formatted; <see cref="FormatResult.Errors"/> says where.</summary>
    SyntaxErrors,
    /// <summary>The file could not be read; <see cref="FormatResult.Problem"/> says why.</summary>
    Unreadable,
}

/// <summary>
/// The outcome of formatting one file. <see cref="Text"/> is the whole formatted file when the
/// file could be formatted, and null when it was refused — never half a file.
/// </summary>
public sealed record FormatResult(string Path, FormatStatus Status, string? Text, ImmutableArray<ClaimDiagnostic> Errors, string? Problem = null)
{
    /// <summary>True when the file was formatted (changed or not).</summary>
    public bool Succeeded => Status is FormatStatus.Unchanged or FormatStatus.Changed;

    /// <summary>True when formatting would change the file.</summary>
    public bool Changed => Status == FormatStatus.Changed;
}
