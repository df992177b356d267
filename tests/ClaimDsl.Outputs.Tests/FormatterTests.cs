using System;
using System.IO;
using System.Linq;
using System.Text;
using ClaimDsl.Formatting;
using ClaimDsl.Writing;
using CsCheck;
using Xunit;

namespace ClaimDsl.Tests;

public class FormatterTests
{
    public static TheoryData<string> ValidFiles() => new(ClaimFiles.Valid().Select(p => Path.GetRelativePath(RepositoryPaths.Root, p)));

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Repository_files_format_idempotently_keeping_meaning_and_comments(string relativePath)
    {
        string path = Path.Combine(RepositoryPaths.Root, relativePath);
        string original = File.ReadAllText(path);

        var result = ClaimFormatter.FormatFile(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(FormatStatus.Unchanged, ClaimFormatter.Format(result.Text!, path).Status);
        ClaimFiles.AssertSameModel(ClaimDocument.Parse(original, path), ClaimDocument.Parse(result.Text!, path));
        Assert.Equal(ClaimFiles.Comments(original), ClaimFiles.Comments(result.Text!));
    }

    [Fact]
    public void The_seed_example_is_already_in_the_canonical_layout()
    {
        Assert.Equal(FormatStatus.Unchanged, ClaimFormatter.FormatFile(RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims")).Status);
    }

    [Fact]
    public void Respaced_files_format_back_to_the_canonical_text()
    {
        Gen.Select(ModelGen.Sets, Gen.Int).Sample((set, seed) =>
        {
            string canonical = ClaimFileWriter.Write(set);
            string messy = ClaimFiles.Respace(canonical, new Random(seed));

            var result = ClaimFormatter.Format(messy);

            Assert.True(result.Succeeded, string.Join("\n", result.Errors) + "\n" + messy);
            Assert.Equal(canonical, result.Text);
            Assert.Equal(canonical.Replace("\n", "\r\n"), ClaimFormatter.Format(messy.Replace("\n", "\r\n")).Text);
        }, iter: 300);
    }

    [Fact]
    public void Commented_files_format_idempotently_keeping_meaning_and_every_comment_in_order()
    {
        Gen.Select(ModelGen.Sets, Gen.Int).Sample((set, seed) =>
        {
            var random = new Random(seed);
            string messy = ClaimFiles.Respace(ClaimFiles.Annotate(ClaimFileWriter.Write(set), random), random);

            var result = ClaimFormatter.Format(messy);

            Assert.True(result.Succeeded, string.Join("\n", result.Errors) + "\n" + messy);
            Assert.Equal(FormatStatus.Unchanged, ClaimFormatter.Format(result.Text!).Status);
            ClaimFiles.AssertSameModel(ClaimFiles.Check(messy), ClaimFiles.Check(result.Text!));
            Assert.Equal(ClaimFiles.Comments(messy), ClaimFiles.Comments(result.Text!));
        }, iter: 300);
    }

    [Fact]
    public void A_messy_file_gets_the_documented_layout()
    {
        string messy =
            "\n\n# opening comment   \n" +
            "org   cnn \"CNN\"    # the outlet\n" +
            "kind\toutlet\n" +
            "\n\n\n" +
            "    person ayrault   \"Jean-Marc Ayrault\"\n" +
            "      role \"French Foreign Minister\"\n" +
            "# about the article\n" +
            "article a\n" +
            "\toutlet cnn\n" +
            "   byline \"A\" ,\"B\",  \"C\"\n" +
            "claim c\n" +
            "by ayrault\n" +
            "\n\n" +
            "        # inside the claim\n" +
            "says \"situation is\"   # first half\n" +
            "# between the pieces\n" +
            "  \"grave\"#second half\n" +
            "on   between 2016-01-01   and 2016-06-30\n" +
            "  source   tass   via  interfax\n" +
            "   verdict   false    \"no\"\n" +
            "  # kept with the claim\n" +
            "\n\n";
        string expected =
            "# opening comment\n" +
            "org cnn \"CNN\" # the outlet\n" +
            "  kind outlet\n" +
            "\n" +
            "person ayrault \"Jean-Marc Ayrault\"\n" +
            "  role \"French Foreign Minister\"\n" +
            "\n" +
            "# about the article\n" +
            "article a\n" +
            "  outlet cnn\n" +
            "  byline \"A\", \"B\", \"C\"\n" +
            "\n" +
            "claim c\n" +
            "  by ayrault\n" +
            "\n" +
            "  # inside the claim\n" +
            "  says \"situation is\" # first half\n" +
            "  # between the pieces\n" +
            "    \"grave\" #second half\n" +
            "  on between 2016-01-01 and 2016-06-30\n" +
            "  source tass via interfax\n" +
            "  verdict false \"no\"\n" +
            "  # kept with the claim\n";

        var result = ClaimFormatter.Format(messy);

        Assert.Equal(FormatStatus.Changed, result.Status);
        Assert.Equal(expected, result.Text);
        Assert.Equal(FormatStatus.Unchanged, ClaimFormatter.Format(expected).Status);
    }

    [Fact]
    public void A_file_with_a_syntax_error_is_refused_whole()
    {
        var result = ClaimFormatter.Format("claim c\n  by   x\n  says \"no closing quote\n  on   2016\n", "bad.claims");

        Assert.Equal(FormatStatus.SyntaxErrors, result.Status);
        Assert.Null(result.Text);
        var error = Assert.Single(result.Errors);
        Assert.Equal("CLM003", error.Code);
        Assert.Equal(3, error.Span.StartLine);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_not_rewritten_with_replacement_characters()
    {
        string path = Path.Combine(Path.GetTempPath(), "claimdsl-latin1-" + Guid.NewGuid().ToString("N") + ".claims");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("org   x \"Caf\u00e9\"\n"));
        try
        {
            var result = ClaimFormatter.FormatFile(path);

            Assert.Equal(FormatStatus.SyntaxErrors, result.Status);
            Assert.Contains(result.Errors, e => e.Code == "CLM008");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_reported_as_unreadable()
    {
        var result = ClaimFormatter.FormatFile(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".claims"));

        Assert.Equal(FormatStatus.Unreadable, result.Status);
        Assert.Contains("There is no file", result.Problem);
    }

    [Theory]
    [InlineData("\uFEFForg x \"X\"\n", "\uFEFForg x \"X\"\n")]
    [InlineData("\uFEFF  org  x \"X\"", "\uFEFForg x \"X\"\n")]
    [InlineData("org x \"X\"\r\n  kind  agency\r\n", "org x \"X\"\r\n  kind agency\r\n")]
    [InlineData("org x \"X\"\r\n  kind  agency\n\n", "org x \"X\"\n  kind agency\n")]
    [InlineData("org x \"X\"", "org x \"X\"\n")]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "")]
    [InlineData("# only a comment", "# only a comment\n")]
    public void Byte_order_mark_line_ends_and_the_final_newline(string input, string expected) =>
        Assert.Equal(expected, ClaimFormatter.Format(input).Text);

    [Fact]
    public void Strings_keep_their_escapes_exactly_as_written()
    {
        string file = "article a\n  title   \"caf\\u00e9 \\\"x\\\" \\\\ \\t ‘q’\"\n";

        Assert.Equal("article a\n  title \"caf\\u00e9 \\\"x\\\" \\\\ \\t ‘q’\"\n", ClaimFormatter.Format(file).Text);
    }

    [Fact]
    public void The_writers_layout_is_the_formatters()
    {
        string written = new ClaimTextWriter().Comment("header").Block("org", "x", "X").Line("kind", "agency").Block("claim", "c").Line("by", "x").List("tag", new[] { "a", "b" }).ToString();

        Assert.Equal(FormatStatus.Unchanged, ClaimFormatter.Format(written).Status);
    }
}
