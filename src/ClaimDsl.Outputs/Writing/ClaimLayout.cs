namespace ClaimDsl.Writing;

/// <summary>
/// The canonical layout of a claim file (see <c>docs/formatting.md</c>), shared by the
/// formatter, which rewrites files into it, and the writer, which produces it directly.
/// </summary>
public static class ClaimLayout
{
    /// <summary>Before every line inside a block.</summary>
    public const string Indent = "  ";

    /// <summary>Before every continuation line (a line holding only the next piece of a text).</summary>
    public const string ContinuationIndent = "    ";

    /// <summary>Between the items of a list (<c>tag "a", "b"</c>).</summary>
    public const string ListSeparator = ", ";

    /// <summary>The width the writer wraps long texts at. The formatter never re-wraps.</summary>
    public const int WrapWidth = 100;
}
