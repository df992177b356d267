using System.Globalization;

namespace ClaimDsl.Text;

/// <summary>
/// Characters that do not show, or that change the direction of the text around them: they can
/// make a line display differently from what it says (the "Trojan source" trick, CVE-2021-42574).
/// </summary>
public static class HiddenCharacters
{
    /// <summary>True for bidirectional controls, zero-width characters and other invisible controls.</summary>
    public static bool IsHidden(char c) =>
        c is not ((>= ' ' and < '\u007F') or '\t' or '\n' or '\r') && IsHiddenOutsideAscii(c);

    private static bool IsHiddenOutsideAscii(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
          or >= '\u200B' and <= '\u200D' or >= '\u2060' and <= '\u2064' or '\uFEFF' or '\u00AD' or '\u180E'
          or '\u2028' or '\u2029'
        || (char.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not '\t' and not '\n' and not '\r');
}
