using System;
using System.Collections.Generic;

namespace ClaimDsl.Generator.Emit;

/// <summary>
/// The part of a .NET assembly that holds its string literals (the user-string heap, ECMA-335
/// II.24.2.4). Each distinct literal is stored once, as UTF-16 with a length before it and a
/// flag byte after; code refers to it by an offset of 24 bits, so the heap holds at most
/// 16 MB. Past that the compiler reports CS8103 once for every literal that does not fit,
/// which for a large claim project is hundreds of thousands of errors; the generator counts
/// what its literals need so that it can say so once, in words (CLM103).
/// </summary>
internal sealed class UserStringHeap
{
    /// <summary>The heap's limit: the first offset a 24-bit reference cannot reach.</summary>
    public const long Limit = 1 << 24;

    // The set is handed on to the next article on the same thread, as SourceWriter's buffer is
    // (ThreadSpare): a new set per article allocated 40 MB over the 2,497 articles of the
    // benchmark's cold run. A set grown past this many literals is dropped rather than kept.
    private const int LargestKeptSet = 4096;

    private HashSet<string> _literals = ThreadSpare<HashSet<string>>.Take(static () => new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The bytes the distinct literals added so far take in the heap.</summary>
    public long Bytes { get; private set; }

    public void Add(string literal)
    {
        if (_literals.Add(literal)) Bytes += SizeOf(literal);
    }

    /// <summary>Done adding: <see cref="Bytes"/> stays, and no literal may be added again.</summary>
    public void Finish()
    {
        if (_literals.Count <= LargestKeptSet)
        {
            _literals.Clear();
            ThreadSpare<HashSet<string>>.Give(_literals);
        }
        _literals = null!;
    }

    /// <summary>A literal's entry: its UTF-16 bytes and the flag byte, after their count in the metadata's compressed form (1, 2 or 4 bytes).</summary>
    public static long SizeOf(string literal)
    {
        long blob = 2L * literal.Length + 1;
        return blob + (blob < 0x80 ? 1 : blob < 0x4000 ? 2 : 4);
    }
}
