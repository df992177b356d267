namespace ClaimDsl.Text;

/// <summary>
/// A stretch of a source file: character offset and length, plus 1-based line and column of its
/// first character and of the position just after its last character (the end is exclusive,
/// as in SARIF and Roslyn).
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>Offset just after the last character.</summary>
    public int End => Start + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Through(SourceSpan first, SourceSpan last) =>
        new(first.Start, last.End - first.Start, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn);

    /// <inheritdoc />
    public override string ToString() => $"({StartLine},{StartColumn})-({EndLine},{EndColumn})";
}
