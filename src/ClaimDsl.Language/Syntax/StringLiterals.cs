using System.Globalization;
using System.Text;
using ClaimDsl.Text;

namespace ClaimDsl.Syntax;

/// <summary>
/// Writes text as a string of the <c>.claims</c> language: the one escaping routine for
/// everything that writes claim files. <c>\"</c>, <c>\\</c>, <c>\n</c> and <c>\t</c> are escaped
/// as such; carriage returns, other control characters, invisible and direction-changing
/// characters (which the language reports as CLM005 when they appear raw) and unpaired
/// surrogates become <c>\uXXXX</c>. Everything else — curly quotes, accents, no-break spaces,
/// any script — is written as itself.
/// </summary>
public static class StringLiterals
{
    /// <summary>The text in double quotes, escaped so that the parser reads back exactly <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, text, 0, text.Length);
        return builder.Append('"').ToString();
    }

    /// <summary>Appends the escaped form of <c>text[start..end)</c>, without quotes.</summary>
    public static void AppendEscaped(StringBuilder builder, string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (EscapeOf(text, i) is { } escape) builder.Append(escape);
            else builder.Append(c);
        }
    }

    /// <summary>How many characters the escaped form of <c>text[i]</c> takes.</summary>
    public static int EscapedLength(string text, int i) => EscapeOf(text, i)?.Length ?? 1;

    private static string? EscapeOf(string text, int i)
    {
        char c = text[i];
        switch (c)
        {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\t': return "\\t";
            case '\r': return "\\u000D"; // a raw carriage return would end the line, and the string
        }
        bool unpaired = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
        if (unpaired || HiddenCharacters.IsHidden(c))
            return "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return null;
    }
}
