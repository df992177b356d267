using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Text;
using CsCheck;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>How a text is split into lines: the table of line starts and the one-pass walk agree.</summary>
public class SourceTextTests
{
    private static readonly string[] Pieces = { "a", "b c", "\n", "\r", "\r\n", "\n\r", "\u2028", "\uFEFF", "" };

    [Theory]
    [InlineData("", new[] { "" })]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\n", new[] { "a", "" })]
    [InlineData("a\r\nb\rc\n\nd", new[] { "a", "b", "c", "", "d" })]
    [InlineData("\r\r\n", new[] { "", "", "" })]
    public void A_text_splits_into_the_lines_an_editor_shows(string text, string[] lines)
    {
        var source = new SourceText(text, "t.claims");
        Assert.Equal(lines, Enumerable.Range(1, source.LineCount).Select(source.LineText));
        Assert.Equal(lines, Walk(text).Select(l => text.Substring(l.Start, l.End - l.Start)));
    }

    [Fact]
    public void Walking_the_lines_finds_the_same_lines_as_the_table()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(indexes => string.Concat(indexes.Select(i => Pieces[i]))).Sample(text =>
        {
            var source = new SourceText(text, "t.claims");
            var table = Enumerable.Range(1, source.LineCount).Select(line => (source.LineStart(line), source.LineEnd(line)));
            Assert.Equal(table, Walk(text));
        }, iter: 3000);
    }

    private static List<(int Start, int End)> Walk(string text)
    {
        var lines = new List<(int, int)>();
        for (int start = 0, next; start <= text.Length; start = next)
            lines.Add((start, SourceText.FindLineEnd(text, start, out next)));
        return lines;
    }
}
