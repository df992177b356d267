using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Text;
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
