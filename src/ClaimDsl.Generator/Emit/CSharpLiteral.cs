using System.Globalization;
using System.Text;

namespace ClaimDsl.Generator.Emit;

/// <summary>
/// C# string literals that say exactly what the claim file says. Anything that could end the
/// literal, break its line, fail to encode as UTF-8 or hide on screen is written as an escape:
/// quotes, backslashes, control characters, line and paragraph separators, lone surrogates,
/// and invisible or direction-changing characters (the "Trojan source" trick).
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>Appends the literal of <paramref name="value"/> to <paramref name="text"/>.</summary>
    public static StringBuilder Append(StringBuilder text, string value)
    {
        text.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            // Printable ASCII but the quote and the backslash stands as it is: copied a run at a time.
            int plain = i;
            while (plain < value.Length && value[plain] is >= ' ' and <= '~' and not '"' and not '\\') plain++;
            text.Append(value, i, plain - i);
            if (plain == value.Length) break;
            i = plain;
            switch (value[i])
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\0': text.Append("\\0"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default: AppendVisibly(text, value, ref i); break;
            }
        }
        return text.Append('"');
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Appends the character at <paramref name="i"/> (with its low surrogate, if it starts a
    /// pair) as it is when it shows on screen, else as a <c>\uXXXX</c> or <c>\UXXXXXXXX</c>
    /// escape. Lone surrogates, which UTF-8 cannot encode, are always escaped.
    /// </summary>
    public static void AppendVisibly(StringBuilder text, string value, ref int i)
    {
        char c = value[i];
        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
        {
            if (IsVisible(CharUnicodeInfo.GetUnicodeCategory(value, i))) text.Append(c).Append(value[i + 1]);
            else text.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
            i++;
        }
        else if (c == ' ' || IsVisible(CharUnicodeInfo.GetUnicodeCategory(c))) text.Append(c);
        else text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }

    /// <summary>Letters, marks, digits, punctuation and symbols; not controls, format characters, separators (bar the space, handled by the caller), surrogates, private-use or unassigned code points.</summary>
    private static bool IsVisible(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
