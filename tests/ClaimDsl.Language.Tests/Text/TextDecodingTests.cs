using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Text;
using CsCheck;
using Xunit;

namespace ClaimDsl.Tests.Text;

/// <summary>Files that are not UTF-8 text: one clear finding, never an exception or a flood.</summary>
public class TextDecodingTests
{
    // The first bytes of every PNG file: 0x89 is not UTF-8, and NUL bytes follow.
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public void A_file_with_a_NUL_byte_is_binary_even_when_bad_UTF8_comes_first()
    {
        var (_, problem) = TextDecoding.Decode(PngHeader);

        Assert.NotNull(problem);
        Assert.True(problem.IsBinary);
    }

    [Fact]
    public void A_binary_file_yields_one_finding_and_no_parse_errors()
    {
        var (text, problem) = TextDecoding.Decode(PngHeader);

        var tree = ClaimWorkspace.Parse(new SourceText(text, "image.claims"), problem);

        var finding = Assert.Single(tree.Diagnostics);
        Assert.Equal("CLM008", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("binary data", finding.Message);
    }

    [Fact]
    public void A_replacement_character_written_in_valid_UTF8_is_not_a_problem()
    {
        var (text, problem) = TextDecoding.Decode(System.Text.Encoding.UTF8.GetBytes("note \"\uFFFD\"\n"));

        Assert.Null(problem);
        Assert.Contains('\uFFFD', text);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xC0, 0xAF })]             // an overlong "/"
    [InlineData(new byte[] { 0x61, 0xED, 0xA0, 0x80 })]       // a surrogate, U+D800
    [InlineData(new byte[] { 0x61, 0xF4, 0x90, 0x80, 0x80 })] // past U+10FFFF
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 })]             // cut short at the end
    [InlineData(new byte[] { 0x61, 0x80 })]                   // a continuation byte alone
    public void Every_kind_of_invalid_UTF8_is_reported_at_its_first_byte(byte[] bytes)
    {
        var (_, problem) = TextDecoding.Decode(bytes);

        Assert.Equal(DecodeProblemKind.InvalidUtf8, problem?.Kind);
        Assert.Equal(1, problem!.CharOffset);
    }

    [Fact]
    public void Decoding_finds_a_problem_exactly_when_the_byte_by_byte_scan_does()
    {
        // The decoder's replacement characters decide whether the scan runs at all: the two must
        // agree on every input, valid or not.
        Gen.Byte[0x01, 0xFF].Array[0, 64].Sample(bytes =>
        {
            var (_, problem) = TextDecoding.Decode(bytes);
            Assert.Equal(TextDecoding.FirstInvalidUtf8(bytes) >= 0, problem is not null);
        }, iter: 5000);
    }

    [Fact]
    public void Bad_UTF8_without_NUL_is_text_with_its_first_bad_byte_reported()
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes("org a \"Caf\u00e9\"\n").ToArray();
        bytes[10] = 0xFF;

        var (_, problem) = TextDecoding.Decode(bytes);

        Assert.NotNull(problem);
        Assert.False(problem.IsBinary);
        Assert.Equal(10, problem.CharOffset);
    }

    [Fact]
    public void Checking_a_binary_file_reports_only_that_it_is_binary()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"claimdsl-{System.Guid.NewGuid():N}.claims");
        System.IO.File.WriteAllBytes(path, PngHeader);
        try
        {
            var document = ClaimDocument.Load(path);

            Assert.Equal(["CLM008"], document.Diagnostics.Select(d => d.Code));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
