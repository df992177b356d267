using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimDsl.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// Every diagnostic's line and column are the ones the compiler computes for its span: an
/// editor shows the squiggle and the error list the same place, whatever breaks the file's lines.
/// </summary>
public class DiagnosticPositionTests
{
    public static IEnumerable<object[]> RepositoryClaimFiles() => OutlineTests.RepositoryClaimFiles();

    [Theory]
    [MemberData(nameof(RepositoryClaimFiles))]
    public void Lines_and_columns_agree_with_the_compiler_in_every_claim_file_of_the_repository(string relativePath)
    {
        string path = RepositoryPaths.Of(relativePath);
        AssertPositionsAgree(path, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("line separators", "article a\u2028  titel \"x\"\nperson p \"P\u2028Q\"\n  rol \"r\"\n")]
    [InlineData("paragraph separator", "article a\n  note \"one\u2029two\"\n  titel \"x\"\n")]
    [InlineData("next line", "article a\u0085  titel \"x\"\n  titel \"y\"\n")]
    [InlineData("byte-order mark", "\uFEFFtitel \"x\"\narticle a\n  titel \"y\"\n")]
    [InlineData("carriage returns", "article a\r\n  titel \"x\"\r  titel \"y\"\r\n")]
    public void Lines_and_columns_agree_with_the_compiler_where_it_breaks_lines_differently(string name, string text)
    {
        Assert.NotNull(name);
        AssertPositionsAgree("/p/file.claims", text);
    }

    [Fact]
    public void Lines_and_columns_agree_with_the_compiler_in_a_file_it_holds_in_pieces()
    {
        // Over 40,000 characters, read as a build reads it: the compiler's text is in pieces, and
        // its line separators make the compiler's lines differ from the library's.
        string text = string.Concat(Enumerable.Range(0, 1_500).Select(i => $"article a{i}\u2028  titel \"x{i}\"\n"));
        Assert.Equal("LargeText", CompilerText.Read(text).GetType().Name);

        int located = AssertPositionsAgree("/p/big.claims", text, new InMemoryAdditionalText("/p/big.claims", text, readFromDisk: true));

        Assert.True(located >= 1_500, $"{located} diagnostics located");
    }

    private static int AssertPositionsAgree(string path, string text, AdditionalText? file = null)
    {
        var run = new GeneratorHarness([file ?? new InMemoryAdditionalText(path, text)]).Run();
        var lines = SourceText.From(text).Lines;
        var located = run.Diagnostics.Where(d => d.Location.SourceTree is null && d.Location.GetLineSpan().Path == path).ToList();
        foreach (var diagnostic in located)
            Assert.Equal(lines.GetLinePositionSpan(diagnostic.Location.SourceSpan), diagnostic.Location.GetLineSpan().Span);
        return located.Count;
    }
}
