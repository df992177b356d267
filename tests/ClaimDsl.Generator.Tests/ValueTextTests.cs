using System.Linq;
using System.Text;
using ClaimDsl.Generator.Pipeline;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>A generated source copied out of its builder reads back exactly; texts compare by content, however they are held.</summary>
public class ValueTextTests
{
    // Roslyn keeps a text of 40,000 characters or more in pieces of at most 40,000 (80 KB, under
    // the large-object heap's threshold); the lengths straddle that boundary and a piece's end.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(39_999)]
    [InlineData(40_000)]
    [InlineData(40_001)]
    [InlineData(80_001)]
    [InlineData(250_000)]
    public void The_text_reads_back_exactly_as_the_builder_held_it(int length)
    {
        var builder = Builder(length);
        var text = ValueText.CopyOf(builder);

        Assert.Equal(builder.ToString(), text.Text.ToString());
        Assert.Equal(length, text.Text.Length);
        Assert.Equal(Encoding.UTF8, text.Text.Encoding);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(120_000)]
    public void Texts_of_the_same_content_are_equal_and_hash_alike(int length)
    {
        var first = ValueText.CopyOf(Builder(length));
        var second = ValueText.CopyOf(Builder(length));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData(100)]
    [InlineData(120_000)]
    public void Texts_that_differ_in_their_last_character_are_not_equal(int length)
    {
        var builder = Builder(length);
        var first = ValueText.CopyOf(builder);
        builder[length - 1] = '!';
        var second = ValueText.CopyOf(builder);

        Assert.NotEqual(first, second);
        Assert.False(first.Equals(ValueText.CopyOf(Builder(length - 1))));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(120_000)]
    public void A_file_the_compiler_read_in_pieces_equals_the_same_text_held_whole_and_not_an_edited_one(int length)
    {
        string content = Builder(length).ToString();
        var read = ValueText.Of(CompilerText.Read(content));
        var whole = ValueText.Of(SourceText.From(content));

        Assert.Equal(length >= 40_000, read.Text.GetType().Name == "LargeText");
        Assert.Equal(whole, read);
        Assert.Equal(whole.GetHashCode(), read.GetHashCode());
        Assert.NotEqual(whole, ValueText.Of(CompilerText.Read(content.Substring(0, length - 1) + "!")));
    }

    /// <summary>C# as the emitter writes it, with accents, a CJK word and a surrogate pair, cut to <paramref name="length"/>.</summary>
    private static StringBuilder Builder(int length)
    {
        const string line = "        Place = \"São Paulo, 北京, Kraków \U0001F4F0\",\n";
        var text = string.Concat(Enumerable.Repeat(line, length / line.Length + 1));
        return new StringBuilder(text, 0, length, length);
    }
}
