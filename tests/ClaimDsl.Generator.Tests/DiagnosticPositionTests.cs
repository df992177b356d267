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

    private static void AssertPositionsAgree(string path, string text)
    {
        var run = GeneratorHarness.ForFiles((path, text)).Run();
        var lines = SourceText.From(text).Lines;
        foreach (var diagnostic in run.Diagnostics.Where(d => d.Location.SourceTree is null && d.Location.GetLineSpan().Path == path))
            Assert.Equal(lines.GetLinePositionSpan(diagnostic.Location.SourceSpan), diagnostic.Location.GetLineSpan().Span);
    }
}
