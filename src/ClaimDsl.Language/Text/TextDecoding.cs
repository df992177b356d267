using System;
using System.Buffers;
using System.Text;

namespace ClaimDsl.Text;

/// <summary>What kind of file it is when it is not UTF-8 text.</summary>
public enum DecodeProblemKind
{
    /// <summary>Mostly UTF-8, with some bytes that are not (often a file saved as Latin-1 or Windows-1252).</summary>
    InvalidUtf8,
    /// <summary>Text saved as UTF-16 (it starts with a UTF-16 byte-order mark).</summary>
    Utf16,
    /// <summary>Not text at all: a NUL byte, or mostly bytes that no text holds.</summary>
    Binary,
}

/// <summary>Where a file stops being UTF-8 text, and how.</summary>
public sealed record DecodeProblem(int CharOffset, DecodeProblemKind Kind)
{
    /// <summary>True when the file should not be read any further (binary data, or UTF-16).</summary>
    public bool IsBinary => Kind != DecodeProblemKind.InvalidUtf8;
}

/// <summary>A question asked of a file's whole text, which must keep nothing of it (the characters are in a borrowed buffer).</summary>
public delegate bool TextTest(ReadOnlySpan<char> text);

/// <summary>
/// Turns a file's bytes into text without ever throwing: invalid UTF-8 becomes U+FFFD, and the
/// first bad byte is reported so the writer can find it.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>How much of a file is sampled to tell text from binary data.</summary>
    private const int Sample = 8192;

    public static (string Text, DecodeProblem? Problem) Decode(byte[] bytes)
    {
        string text = Lenient.GetString(bytes);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return (text, new DecodeProblem(0, DecodeProblemKind.Utf16));
        int nul = System.Array.IndexOf(bytes, (byte)0);
        // The decoder puts U+FFFD for every byte that is not valid UTF-8, so a text without one
        // came from valid UTF-8: only a text with one (rare) is searched byte by byte, which
        // took an eighth of a check of many small files when every file was.
        int invalid = text.IndexOf('\uFFFD') < 0 ? -1 : FirstInvalidUtf8(bytes);
        if (nul < 0 && invalid < 0) return (text, null);
        if (nul >= 0 || LooksBinary(text))
        {
            // A NUL byte is the surest sign of binary data, so the finding points there when there is one.
            int first = nul >= 0 ? nul : invalid;
            return (text, new DecodeProblem(Lenient.GetCharCount(bytes, 0, first), DecodeProblemKind.Binary));
        }
        return (text, new DecodeProblem(Lenient.GetCharCount(bytes, 0, invalid), DecodeProblemKind.InvalidUtf8));
    }

    /// <summary>
    /// What <paramref name="test"/> says of the text of the first <paramref name="count"/> bytes,
    /// decoded as <see cref="Decode"/> decodes them but into a borrowed buffer rather than a new
    /// string: for a first look at many files that should not hold them all in memory.
    /// </summary>
    public static bool Test(byte[] bytes, int count, TextTest test)
    {
        // UTF-8 never decodes to more characters than it has bytes, so no counting pass is needed.
        char[] chars = BorrowedBuffer<char>.Borrow(Lenient.GetMaxCharCount(count));
        try
        {
            int length = Lenient.GetChars(bytes, 0, count, chars, 0);
            return test(new ReadOnlySpan<char>(chars, 0, length));
        }
        finally
        {
            BorrowedBuffer<char>.GiveBack(chars);
        }
    }

    /// <summary>
    /// True when more than a tenth of the first characters, and at least eight of them, are
    /// unreadable or control characters: a text file in another encoding has a few, random or
    /// compressed bytes have many. (The floor keeps a short file with one bad accent from
    /// looking binary.)
    /// </summary>
    private static bool LooksBinary(string text)
    {
        int length = System.Math.Min(text.Length, Sample), odd = 0;
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            if (c == '\uFFFD' || (c < ' ' && c != '\t' && c != '\n' && c != '\r')) odd++;
        }
        return odd >= 8 && odd * 10 > length;
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

/// <summary>
/// Arrays borrowed from the shared pool for a moment. Only arrays up to a megabyte go back to
/// it: one huge file's buffer would otherwise stay in the pool, and in memory, for good.
/// </summary>
internal static class BorrowedBuffer<T>
{
    private const int MaxPooledLength = 1 << 20;

    public static T[] Borrow(int length) => length <= MaxPooledLength ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    public static void GiveBack(T[] array)
    {
        if (array.Length <= MaxPooledLength) ArrayPool<T>.Shared.Return(array);
    }
}
