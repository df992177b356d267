using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ClaimDsl.Generator.Pipeline;
using ClaimDsl.Tests;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// The outline step reads only the lines that can name an import or an article text. Whatever
/// the file holds, it must find exactly what a parse of the whole file finds.
/// </summary>
public class OutlineTests
{
    public static IEnumerable<object[]> RepositoryClaimFiles() =>
        new[] { "examples", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryPaths.Of(folder), "*.claims", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetRelativePath(RepositoryPaths.Root, path) });

    [Theory]
    [MemberData(nameof(RepositoryClaimFiles))]
    public void Finds_what_a_full_parse_finds_in_every_claim_file_of_the_repository(string relativePath)
    {
        string path = RepositoryPaths.Of(relativePath);
        AssertSameAsFullParse(path, File.ReadAllText(path));
    }

    public static IEnumerable<object[]> Edges() => new (string Name, string Text)[]
    {
        ("import continued over a comment", "import \"shared/\"\n# why\n\n  \"people.claims\"\narticle a\n"),
        ("text continued", "article a\n  title \"T\"\n  text \"texts/\"\n  # the file\n  \"one.txt\"\n"),
        ("text twice", "article a\n  text \"one.txt\"\n  text \"two.txt\"\n"),
        ("text outside an article", "text \"lead.txt\"\nclaim c\n  text \"claim.txt\"\nimport \"i.claims\"\n  text \"import.txt\"\n"),
        ("continuation after another keyword", "article a\n  text \"one.txt\"\n  note \"n\"\n  \"two.txt\"\n"),
        ("continuation after an error line", "article a\n  text \"one.txt\"\n  123\n  \"two.txt\"\n  ?\n  \"three.txt\"\n"),
        ("article title continued", "article a \"Title\"\n  \"more\"\n  text \"t.txt\"\n"),
        ("indented import inside an article", "article a\n    import \"x.claims\"\n  text \"t.txt\"\n"),
        ("escapes and a trailing comment", "article a\n  text \"a\\\"b.txt\" # the \"real\" one\nimport \"c\\\\d.claims\"\n"),
        ("unterminated text", "article a\n  text \"open.txt\nimport \"x.claims\n"),
        ("text with nothing", "article a\n  text\n  text \"\"\n  text \"  \"\nimport\n"),
        ("carriage returns", "import \"a.claims\"\r\narticle a\r\n  text \"t.txt\"\r\n  \"u.txt\"\r\n"),
        ("lone carriage returns", "import \"a.claims\"\rarticle a\r  text \"t.txt\"\r"),
        ("byte-order mark", "\uFEFFimport \"a.claims\"\narticle a\n  text \"t.txt\"\n"),
        ("misspelt block after an article", "article a\ncliam c\n  text \"t.txt\"\n"),
        ("misspelt keyword inside an article", "article a\n  txet \"t.txt\"\n  text \"u.txt\"\n"),
        ("misspelt import", "imprt \"a.claims\"\nimport \"b.claims\"\n"),
        ("invisible character inside the keyword", "article a\n  te\u200Bxt \"t.txt\"\nim\u200Bport \"a.claims\"\n"),
        ("invisible character before the keyword", "\u200Bimport \"a.claims\"\narticle a\n\u2060  text \"t.txt\"\n"),
        ("control character before the keyword", "\u0001import \"a.claims\"\narticle a\n  text\u0001 \"t.txt\"\n"),
        ("non-ASCII word", "article a\n  tëxt \"t.txt\"\nénonce \"x\"\n"),
        ("keyword glued to its value", "article a\n  text\"t.txt\"\nimport\"a.claims\"\n"),
        ("keyword with digits", "article a\n  text2 \"t.txt\"\n"),
        ("line separator", "article a\u2028  text \"t.txt\"\n  text \"u\u2028.txt\"\n"),
        ("no line break at the end", "article a\n  text \"t.txt\""),
        ("empty", ""),
    }.Select(edge => new object[] { edge.Name, edge.Text });

    [Theory]
    [MemberData(nameof(Edges))]
    public void Finds_what_a_full_parse_finds_at_the_edges(string name, string text)
    {
        Assert.NotNull(name);
        AssertSameAsFullParse("/p/dir/file.claims", text);
    }

    [Fact]
    public void Reads_a_plain_file_without_parsing_it_whole()
    {
        Assert.True(OutlineLines.TryCut(SourceText.From(File.ReadAllText(Examples.AleppoClaimsPath)), out var cut));

        Assert.Equal("article a\n  text \"../../seeds/000_5eb633ef3f0f4a02.txt\"\n", cut);
    }

    [Fact]
    public void Reads_imports_and_texts_with_their_continuation_lines()
    {
        // Continuation lines join with a space.
        const string text = "import \"shared\"\n  \"people.claims\"\narticle a\n  text \"article\"\n  # the file\n\n  \"one.txt\"\nclaim c\n  text \"not-this.txt\"\n";
        var outline = Steps.Outline(new AdditionalFile("/p/dir/file.claims", "/p/dir/file.claims", ValueText.Of(SourceText.From(text))), CancellationToken.None);

        Assert.Equal(["/p/dir/shared people.claims"], outline.Imports);
        Assert.Equal(["/p/dir/article one.txt"], outline.Texts);
    }

    [Theory]
    [InlineData("article a\ncliam c\n")]
    [InlineData("article a\n  te\u200Bxt \"t.txt\"\n")]
    [InlineData("\u200Bimport \"a.claims\"\n")]
    public void Parses_the_whole_file_when_a_line_could_read_otherwise(string text) =>
        Assert.False(OutlineLines.TryCut(SourceText.From(text), out _));

    [Fact]
    public void Reads_a_file_the_compiler_holds_in_pieces_as_a_whole_one()
    {
        // Roslyn reads a file of 40,000 characters or more as pieces of at most 40,000: lines
        // straddle the pieces' ends, and the import at the end is in the last piece.
        var claims = Enumerable.Range(0, 1000).Select(i => $"claim c{i}\n  by p\n  says \"Words number {i}, é 北\"\n  source direct\n");
        string text = "article a\n  text \"t.txt\"\nperson p \"P\"\n" + string.Concat(claims) + "import \"last.claims\"\n  \"continued\"\n";
        var read = CompilerText.Read(text);
        Assert.Equal("LargeText", read.GetType().Name);

        var outline = Steps.Outline(new AdditionalFile("/p/file.claims", "/p/file.claims", ValueText.Of(read)), CancellationToken.None);

        Assert.Equal(["/p/last.claims continued"], outline.Imports);
        Assert.Equal(["/p/t.txt"], outline.Texts);
        AssertSameAsFullParse("/p/file.claims", text);
    }

    private static void AssertSameAsFullParse(string path, string text)
    {
        var file = new AdditionalFile(path, Semantics.InMemorySourceProvider.Normalize(path), ValueText.Of(SourceText.From(text)));
        var expected = Steps.OutlineOf(file, text, CancellationToken.None);
        var actual = Steps.Outline(file, CancellationToken.None);
        Assert.Equal(expected, actual);
    }
}
