using System.Globalization;
using System.Text;
using ClaimDsl.Diagnostics;
using ClaimDsl.Text;

namespace ClaimDsl.Cli.Reports;

/// <summary>Small pieces shared by the report formats.</summary>
public static class ReportText
{
    /// <summary>
    /// A finding's position, 1-based with an exclusive end, as every format writes it. A finding
    /// without a position (none comes from a file the CLI read, but the type allows it) points
    /// at the start of its file.
    /// </summary>
    public static (int Line, int Column, int EndLine, int EndColumn) Position(ClaimDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        if (span.StartLine < 1) return (1, 1, 1, 1);
        return (span.StartLine, span.StartColumn, span.EndLine < span.StartLine ? span.StartLine : span.EndLine, span.EndColumn < 1 ? span.StartColumn : span.EndColumn);
    }

    /// <summary>"1 error", "2 errors", "2,297 claims".</summary>
    public static string Count(int count, string singular) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : singular + "s");

    /// <summary>
    /// Text safe to print on a terminal: control characters, line and paragraph separators and
    /// invisible or direction-changing characters (which could hide or reorder what is shown,
    /// CVE-2021-42574) are written as <c>&lt;U+202E&gt;</c>. Tabs are kept when asked.
    /// </summary>
    public static string Visible(string text, bool keepTabs = false)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = keepTabs && c == '\t' ? null : Replacement(c);
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>How one character is shown: null when as itself.</summary>
    public static string? Replacement(char c)
    {
        var category = char.GetUnicodeCategory(c);
        bool hidden = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
        return hidden ? "<U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ">" : null;
    }

    /// <summary>The source line of a finding, when the file's text is known and the line exists.</summary>
    public static string? SourceLine(SourceText? source, int line) =>
        source is not null && line >= 1 && line <= source.LineCount ? source.LineText(line) : null;
}
