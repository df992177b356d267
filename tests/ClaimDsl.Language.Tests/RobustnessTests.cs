using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;
using CsCheck;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>
/// Properties that hold for every input: the library never throws, and every diagnostic points
/// inside the file it names, with line and column that agree with its offset.
/// </summary>
public class RobustnessTests
{
    /// <summary>Pieces that, strung together at random, reach every corner of the grammar.</summary>
    private static readonly string[] Pieces =
    {
        "article ", "person ", "org ", "group ", "claim ", "import ", "by ", "says ", "paraphrase ", "on ", "source ",
        "via ", "direct", "verdict ", "tag ", "unnamed", "of ", "kind ", "published ", "text ", "between ", " and ",
        "thursday", "2016-10-06", "2016-02-30", "2016-10-06T14:05+03:00", "2016-1", "a", "x_1", "-", "_", ",", " ", "  ",
        "\t", "\n", "\r\n", "\r", "\"", "\\", "\\u12", "\\u00e9", "\\q", "#", "“", "’", "…", "...", "\u202E", "\u200B",
        "\uFEFF", "\0", "\uD800", "é", "日本", "\"quoted text\"", "\"unterminated",
    };

    private static readonly Gen<string> RandomDocuments =
        Gen.Int[0, Pieces.Length - 1].Array[0, 120].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])));

    [Fact]
    public void Random_documents_never_throw_and_every_span_lies_inside_the_file()
    {
        RandomDocuments.Sample(text => AssertWellFormed(ClaimDocument.Parse(text, "random.claims", EmptyProvider), text), iter: 3000);
    }

    /// <summary>
    /// The tree keeps lines and texts compact (a line keeps offsets, not whole spans; a plain
    /// text keeps no piece of its own): what they give back must still be what the file says.
    /// </summary>
    [Fact]
    public void Random_documents_give_line_spans_and_text_pieces_that_agree_with_the_file()
    {
        RandomDocuments.Sample(text =>
        {
            var source = new SourceText(text, "random.claims");
            var tree = ClaimParser.Parse(source);
            foreach (var line in tree.LeadingLines.Concat(tree.Blocks.SelectMany(b => b.Lines.Prepend(b.Header))))
            {
                AssertAgrees(source, line.Span);
                AssertAgrees(source, line.KeywordSpan);
                Assert.Equal(line.Span.StartLine, line.KeywordSpan.StartLine);
                foreach (var piece in SyntaxValue.StringTokensOf(line.Value))
                {
                    AssertAgrees(source, piece.Span);
                    Assert.Equal(text.Substring(piece.Span.Start, piece.Span.Length), piece.Raw);
                    Assert.StartsWith("\"", piece.Raw, StringComparison.Ordinal);
                    if (piece.IsTerminated) Assert.True(piece.Raw.Length >= 2 && piece.Raw.EndsWith("\"", StringComparison.Ordinal));
                }
                if (line.Value is TextValue value)
                    Assert.Equal(string.Join(" ", value.Pieces.Select(p => p.Value)), value.Value);
            }
        }, iter: 2000);

        static void AssertAgrees(SourceText source, SourceSpan span)
        {
            Assert.Equal(source.Position(span.Start), (span.StartLine, span.StartColumn));
            Assert.Equal(source.Position(span.End), (span.EndLine, span.EndColumn));
        }
    }

    /// <summary>
    /// A text continued over lines keeps only where its strings are when none has a problem, and
    /// every token when one has: both must give back each piece as written, and report the problem.
    /// </summary>
    [Theory]
    [InlineData("\"café \\\"x\\\"\"", false)]
    [InlineData("\"unknown \\q escape\"", true)]
    [InlineData("\"not closed", true)]
    public void A_text_continued_over_lines_gives_back_each_piece_as_written(string lastPiece, bool reported)
    {
        string text = "claim c\n  says \"one\"\n    \"two \\u00e9\"  # a comment\n\n    " + lastPiece + "\n";
        var source = new SourceText(text, "continued.claims");
        var tree = ClaimParser.Parse(source);
        var says = (TextValue)tree.Blocks.Single().Line("says")!.Value!;

        var pieces = says.Pieces;
        Assert.Equal(new[] { "\"one\"", "\"two \\u00e9\"", lastPiece }, pieces.Select(p => p.Raw));
        Assert.Equal(new[] { "one", "two é" }, pieces.Take(2).Select(p => p.Value));
        Assert.Equal(string.Join(" ", pieces.Select(p => p.Value)), says.Value);
        Assert.Equal(text.IndexOf(lastPiece, StringComparison.Ordinal) + lastPiece.Length, says.Span.End);
        Assert.Equal(reported, tree.Diagnostics.Any());
    }

    [Fact]
    public void A_line_span_that_is_not_one_whole_line_is_refused()
    {
        var notAtLineStart = new SourceSpan(4, 3, 1, 5, 1, 8);
        Assert.Throws<ArgumentException>(() => new SyntaxLine(LineKind.Blank, "", notAtLineStart, null, null, notAtLineStart, default));
    }

    [Fact]
    public void Mutated_seed_example_never_throws_and_every_span_lies_inside_the_file()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims"));
        var mutation = Gen.Select(Gen.Int[0, 4], Gen.Int[0, lines.Length - 1], Gen.Int[0, lines.Length - 1], Gen.Int[0, 200]);
        mutation.Array[1, 6].Sample(steps =>
        {
            var mutated = lines.ToList();
            foreach (var (op, a, b, cut) in steps)
            {
                if (mutated.Count == 0) break;
                int i = a % mutated.Count, j = b % mutated.Count;
                switch (op)
                {
                    case 0: mutated.RemoveAt(i); break;
                    case 1: mutated.Insert(i, mutated[j]); break;
                    case 2: (mutated[i], mutated[j]) = (mutated[j], mutated[i]); break;
                    case 3: mutated[i] = mutated[i].Substring(0, Math.Min(cut, mutated[i].Length)); break;
                    default: mutated = mutated.Take(i).ToList(); break;
                }
            }
            string text = string.Join("\n", mutated);
            AssertWellFormed(ClaimDocument.Parse(text, RepositoryPaths.Of("examples", "Aleppo", "mutated.claims")), text);
        }, iter: 500);
    }

    [Fact]
    public void Random_bytes_are_decoded_and_checked_without_throwing()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var (text, _) = TextDecoding.Decode(bytes);
            var provider = new InMemorySourceProvider(new[] { new KeyValuePair<string, string>("bytes.claims", text) });
            var document = ClaimDocument.Load("bytes.claims", new ClaimWorkspace(provider));
            AssertWellFormed(document, text);
        }, iter: 2000);
    }

    [Fact]
    public void A_binary_file_gets_one_clear_diagnostic()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimdsl-binary-{Guid.NewGuid():N}.claims");
        File.WriteAllBytes(path, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10 });
        try
        {
            var document = ClaimDocument.Load(path);
            var diagnostic = Assert.Single(document.Diagnostics);
            Assert.Equal("CLM008", diagnostic.Code);
            Assert.Contains("binary", diagnostic.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Random_bytes_without_a_NUL_are_still_recognised_as_binary()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == 0) bytes[i] = 1;

        var (_, problem) = TextDecoding.Decode(bytes);

        Assert.Equal(DecodeProblemKind.Binary, problem!.Kind);
    }

    [Fact]
    public void A_latin1_file_is_reported_once_and_still_checked()
    {
        // "Café" in Latin-1: one byte that is not UTF-8 in an otherwise readable file.
        var bytes = System.Text.Encoding.ASCII.GetBytes("article a\n  title \"Caf?\"\n  published 2016-10-06\n");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xE9;
        var (text, problem) = TextDecoding.Decode(bytes);

        Assert.Equal(DecodeProblemKind.InvalidUtf8, problem!.Kind);
        var document = ClaimDocument.Check(ClaimWorkspace.Parse(new SourceText(text, "latin1.claims"), problem), new ClaimWorkspace(EmptyProvider));
        Assert.Equal("CLM008", Assert.Single(document.Diagnostics).Code);
        Assert.Single(document.Articles);
    }

    [Fact]
    public void An_article_text_that_is_not_UTF8_is_reported_at_its_text_line_and_its_quotes_are_not_checked()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"claimdsl-text-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "article.txt"), System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("He said the words.")).ToArray());
            string claims = Path.Combine(folder, "a.claims");
            File.WriteAllText(claims, "article a\n  published 2016-10-06\n  text \"article.txt\"\nperson p \"P\"\nclaim c\n  by p\n  says \"the words\"\n  source direct\n");

            var document = ClaimDocument.Load(claims);

            var diagnostic = Assert.Single(document.Diagnostics);
            Assert.Equal("CLM041", diagnostic.Code);
            Assert.Equal(3, diagnostic.Span.StartLine);
            Assert.Contains("UTF-16", diagnostic.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_does_not_exist_is_a_diagnostic_not_an_exception()
    {
        var document = ClaimDocument.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-claimdsl", "missing.claims"));

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("There is no file", diagnostic.Message);
    }

    private static readonly ISourceProvider EmptyProvider = new InMemorySourceProvider(Array.Empty<KeyValuePair<string, string>>());

    private static void AssertWellFormed(ClaimDocument document, string text)
    {
        var source = new SourceText(text, "check");
        foreach (var diagnostic in document.Diagnostics.Where(d => d.FilePath == document.Path))
        {
            var span = diagnostic.Span;
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.End, span.Start, text.Length);
            Assert.Equal(source.Position(span.Start), (span.StartLine, span.StartColumn));
            Assert.Equal(source.Position(span.End), (span.EndLine, span.EndColumn));
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        }
    }
}
