using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ClaimDsl.Generator.Pipeline;

/// <summary>
/// A compiler text compared by content, so that the driver sees an unchanged text as unchanged
/// whichever object holds it: the claim files and article texts the generator reads, and the
/// sources it writes.
/// </summary>
/// <remarks>
/// Neither kind is held as one string. The compiler reads a file of 40,000 characters or more
/// into pieces smaller than that (Roslyn's large text), and the steps keep the compiler's own
/// text rather than a string copy of it: a copy of every additional file, kept by the driver
/// for as long as the build or the editor runs, was 92 MB of the 507 MB it held after a cold
/// run over 1,000 claim files (docs/performance-history.md, "The tenth round"). A generated article's class is about 80,000
/// characters, and as one string it went to the large-object heap, whose budget, once spent,
/// costs a full collection: a cold build over 100,000 claims wrote 400 MB of such strings and
/// paid three or four full collections for them. In pieces it paid one: 1.16-1.69 s (median
/// 1.37 s) instead of 1.68-2.23 s (median 1.91 s) on a 2-core machine
/// (docs/performance-history.md, "The ninth round").
/// </remarks>
internal sealed class ValueText : IEquatable<ValueText>
{
    private ValueText(SourceText text) => Text = text;

    public SourceText Text { get; }

    /// <summary>The compiler's text of a file, kept as it is.</summary>
    public static ValueText Of(SourceText text) => new(text);

    /// <summary>The text of <paramref name="builder"/>, copied out of it (UTF-8, as generated sources are written).</summary>
    public static ValueText CopyOf(StringBuilder builder) =>
        new(SourceText.From(new BuilderReader(builder), builder.Length, Encoding.UTF8));

    public bool Equals(ValueText? other) =>
        other is not null && (ReferenceEquals(this, other) || ReferenceEquals(Text, other.Text)
            || (Text.Length == other.Text.Length && Text.ContentEquals(other.Text)));

    public override bool Equals(object? obj) => Equals(obj as ValueText);

    public override int GetHashCode() => Text.Length;

    public override string ToString() => Text.ToString();

    /// <summary>Reads a builder's text without making it one string first.</summary>
    private sealed class BuilderReader(StringBuilder builder) : TextReader
    {
        private int _position;

        public override int Peek() => _position < builder.Length ? builder[_position] : -1;

        public override int Read() => _position < builder.Length ? builder[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            int n = Math.Min(count, builder.Length - _position);
            builder.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        public override string ReadToEnd()
        {
            string rest = builder.ToString(_position, builder.Length - _position);
            _position = builder.Length;
            return rest;
        }
    }
}
