using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ClaimDsl.Generator.Emit;

/// <summary>
/// One generated source, held as the compiler's text and compared by content, so that the
/// driver still sees an unchanged source as unchanged.
/// </summary>
/// <remarks>
/// A source of 40,000 characters or more is kept in pieces smaller than that (Roslyn's large
/// text) rather than as one string. An article's class is about 80,000 characters, and as one
/// string it went to the large-object heap, whose budget, once spent, costs a full collection:
/// a cold build over 100,000 claims wrote 400 MB of such strings and paid three or four full
/// collections for them. In pieces it paid one: 1.16-1.69 s (median 1.37 s) instead of 1.68-2.23 s
/// (median 1.91 s) on a 2-core machine (docs/performance-history.md, "The ninth round").
/// </remarks>
internal sealed class GeneratedText : IEquatable<GeneratedText>
{
    private GeneratedText(SourceText text) => Text = text;

    public SourceText Text { get; }

    /// <summary>The text of <paramref name="builder"/>, copied out of it (UTF-8, as generated sources are written).</summary>
    public static GeneratedText CopyOf(StringBuilder builder) =>
        new(SourceText.From(new BuilderReader(builder), builder.Length, Encoding.UTF8));

    public bool Equals(GeneratedText? other) =>
        other is not null && (ReferenceEquals(this, other) || (Text.Length == other.Text.Length && Text.ContentEquals(other.Text)));

    public override bool Equals(object? obj) => Equals(obj as GeneratedText);

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
