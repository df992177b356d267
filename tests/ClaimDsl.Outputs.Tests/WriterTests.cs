using System.Linq;
using ClaimDsl.Formatting;
using ClaimDsl.Model;
using ClaimDsl.Syntax;
using ClaimDsl.Text;
using ClaimDsl.Writing;
using CsCheck;
using Xunit;

namespace ClaimDsl.Tests;

public class WriterTests
{
    [Fact]
    public void Any_text_quoted_reads_back_exactly_and_shows_no_hidden_character()
    {
        Gen.String[Gen.OneOf(Gen.Char, Gen.Char["\r\n\t\"\\#\u2028\u200B\uD800\uDC00"]), 0, 40].Sample(text =>
        {
            string file = "article a\n  title " + StringLiterals.Quote(text) + "\n";
            var tree = ClaimParser.Parse(new SourceText(file, "q.claims"));
            Assert.Empty(tree.Diagnostics);
            Assert.Equal(text, Assert.IsType<TextValue>(tree.Blocks[0].Lines[0].Value).Value);
            Assert.DoesNotContain(ClaimFiles.Check(file).Diagnostics, d => d.Code == "CLM005");
        }, iter: 2000);
    }

    [Theory]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("two\nlines\ttab\r", "\"two\\nlines\\ttab\\u000D\"")]
    [InlineData("zero\u200Bwidth soft\u00ADhyphen", "\"zero\\u200Bwidth soft\\u00ADhyphen\"")]
    [InlineData("curly ‘quotes’ “kept” and\u00A0nbsp", "\"curly ‘quotes’ “kept” and\u00A0nbsp\"")]
    public void Escapes_are_the_languages_own(string text, string expected) => Assert.Equal(expected, StringLiterals.Quote(text));

    [Fact]
    public void Long_texts_wrap_onto_continuation_lines_within_the_width_and_read_back_exactly()
    {
        string text = string.Join(" ", Enumerable.Range(1, 60).Select(i => "word" + i)) + "  two  spaces ";
        string file = new ClaimTextWriter(60).Block("article", "a").Text("title", text).ToString();

        Assert.All(file.TrimEnd('\n').Split('\n'), line => Assert.True(line.Length <= 60, line));
        Assert.StartsWith("    \"", file.Split('\n')[2]);
        var tree = ClaimParser.Parse(new SourceText(file, "w.claims"));
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(text, Assert.IsType<TextValue>(tree.Blocks[0].Lines[0].Value).Value);
    }

    [Fact]
    public void Written_files_read_back_as_the_same_records_and_are_already_formatted()
    {
        ModelGen.Sets.Sample(set =>
        {
            string text = ClaimFileWriter.Write(set, "generated");
            var document = ClaimFiles.Check(text);
            Assert.Empty(ClaimParser.Parse(new SourceText(text, "g.claims")).Diagnostics);
            JsonTests.AssertSameRecords(set, ClaimSet.From(document.Model));
            Assert.Equal(FormatStatus.Unchanged, ClaimFormatter.Format(text).Status);
        }, iter: 300);
    }

    [Fact]
    public void The_seed_example_written_back_checks_the_same()
    {
        string path = RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims");
        var original = ClaimDocument.Load(path);

        var rewritten = ClaimDocument.Parse(ClaimFileWriter.Write(ClaimSet.From(original.Model)), path);

        ClaimFiles.AssertSameModel(original, rewritten);
        Assert.Equal(original.Diagnostics.Select(d => d.Code), rewritten.Diagnostics.Select(d => d.Code));
    }
}
