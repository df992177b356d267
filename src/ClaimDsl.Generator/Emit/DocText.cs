using System.Text;

namespace ClaimDsl.Generator.Emit;

/// <summary>
/// Text for XML documentation comments. The text goes on one <c>///</c> line: a line break in a
/// quote would end the comment and turn the rest into code, so breaks become spaces; XML's
/// special characters are escaped (<c>&lt;/summary&gt;</c> stays text); characters that XML
/// forbids or that would hide on screen are shown as <c>\uXXXX</c>.
/// </summary>
internal static class DocText
{
    public static string Escape(string value) => Append(new StringBuilder(value.Length), value).ToString();

    /// <summary>Appends <paramref name="value"/>, escaped, to <paramref name="text"/>.</summary>
    public static StringBuilder Append(StringBuilder text, string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            // Printable ASCII but XML's special characters stands as it is: copied a run at a time.
            int plain = i;
            while (plain < value.Length && value[plain] is >= ' ' and <= '~' and not '&' and not '<' and not '>') plain++;
            text.Append(value, i, plain - i);
            if (plain == value.Length) break;
            i = plain;
            switch (value[i])
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '\n' or '\r' or '\t' or '\u0085' or '\u2028' or '\u2029': text.Append(' '); break;
                default: CSharpLiteral.AppendVisibly(text, value, ref i); break;
            }
        }
        return text;
    }
}
