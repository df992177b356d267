using System.Linq;
using System.Text;
using ClaimDsl.Generator.Emit;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// Literals and documentation text are escaped a run of plain characters at a time: the result
/// must be what escaping each character on its own gives, for every character there is.
/// </summary>
public class EscapingTests
{
    // Every UTF-16 code unit but the surrogates, which are escaped by pairs (HostileInputTests).
    private static readonly string EveryCharacter = new(Enumerable.Range(0, 0x10000).Where(c => !char.IsSurrogate((char)c)).Select(c => (char)c).ToArray());

    [Fact]
    public void A_literal_is_the_literals_of_its_characters_one_after_another()
    {
        string whole = CSharpLiteral.Append(new StringBuilder(), EveryCharacter).ToString();
        string oneByOne = "\"" + string.Concat(EveryCharacter.Select(c => Unquote(CSharpLiteral.Append(new StringBuilder(), c.ToString()).ToString()))) + "\"";
        Assert.Equal(oneByOne, whole);
    }

    [Fact]
    public void Documentation_text_is_the_text_of_its_characters_one_after_another()
    {
        string whole = DocText.Escape(EveryCharacter);
        string oneByOne = string.Concat(EveryCharacter.Select(c => DocText.Escape(c.ToString())));
        Assert.Equal(oneByOne, whole);
    }

    [Theory]
    [InlineData('é')]
    [InlineData('“')]
    [InlineData('’')]
    [InlineData('日')]
    public void Visible_characters_beyond_ASCII_stand_as_they_are(char c)
    {
        Assert.Equal($"\"a{c}b\"", CSharpLiteral.Append(new StringBuilder(), $"a{c}b").ToString());
        Assert.Equal($"a{c}b", DocText.Escape($"a{c}b"));
    }

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u200B')]
    [InlineData('\u00A0')]
    [InlineData('\u2028')]
    [InlineData('\u007F')]
    public void Invisible_characters_are_escaped(char c)
    {
        Assert.Equal($"\"a\\u{(int)c:X4}b\"", CSharpLiteral.Append(new StringBuilder(), $"a{c}b").ToString());
    }

    private static string Unquote(string literal) => literal.Substring(1, literal.Length - 2);
}
