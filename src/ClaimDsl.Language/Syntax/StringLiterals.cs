using System.Globalization;
using System.Text;

namespace ClaimDsl.Syntax;

/// <summary>Writing texts as <c>.claims</c> strings: the one escaping routine for everything that writes claim files.</summary>
public static class StringLiterals
{
    /// <summary>
    /// <paramref name="value"/> in double quotes, with <c>"</c> and <c>\</c> escaped, line breaks
    /// and tabs as <c>\n</c> and <c>\t</c>, and every other control, invisible or
    /// direction-changing character as <c>\uXXXX</c>, so the file shows exactly what it holds.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Characters that must not appear raw in a claim file: controls, invisible and bidirectional characters, surrogates not in a pair.</summary>
    public static bool NeedsEscape(char c) => Text.HiddenCharacters.IsHidden(c) || char.IsSurrogate(c) || c == '\r';
}
