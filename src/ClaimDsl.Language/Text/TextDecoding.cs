using System.Text;

namespace ClaimDsl.Text;

/// <summary>Where a file stops being UTF-8 text, and how.</summary>
public sealed record DecodeProblem(int CharOffset, bool IsBinary);

/// <summary>
/// Turns a file's bytes into text without ever throwing: invalid UTF-8 becomes U+FFFD, and the
/// first bad byte is reported so the writer can find it.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static (string Text, DecodeProblem? Problem) Decode(byte[] bytes)
    {
        int nul = System.Array.IndexOf(bytes, (byte)0);
        int invalid = FirstInvalidUtf8(bytes);
        string text = Lenient.GetString(bytes);
        if (nul < 0 && invalid < 0) return (text, null);
        // A NUL byte anywhere means binary data, even after bytes that merely are not UTF-8
        // (a PNG starts with 0x89): reading such a file as text only yields a flood of errors.
        bool binary = nul >= 0;
        int badByte = binary ? nul : invalid;
        int charOffset = Lenient.GetCharCount(bytes, 0, badByte);
        return (text, new DecodeProblem(charOffset, binary));
    }

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidUtf8(byte[] bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            int length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0 || i + length > bytes.Length) return i;
            for (int k = 1; k < length; k++)
                if ((bytes[i + k] & 0xC0) != 0x80) return i;
            int code = length switch
            {
                1 => b,
                2 => ((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F),
                3 => ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F),
                _ => ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F),
            };
            bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
            bool surrogate = code >= 0xD800 && code <= 0xDFFF;
            if (overlong || surrogate || code > 0x10FFFF) return i;
            i += length;
        }
        return -1;
    }
}
