using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using ClaimDsl.Generator.Emit;
using ClaimDsl.Generator.Pipeline;
using ClaimDsl.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// CLM103: an assembly holds at most 16 MB of string literals, and past that the compiler
/// reports CS8103 once per literal. The generator counts its literals as the compiler stores
/// them and says so once, in words, before the compiler floods the build.
/// </summary>
public class LiteralLimitTests
{
    /// <summary>Runs the generator over <paramref name="count"/> claims, each with a paraphrase of 100,000 characters of its own.</summary>
    private static GeneratorRun RunClaims(int count, IReadOnlyDictionary<string, string>? features = null)
    {
        var claims = new StringBuilder("article huge\nperson p \"P\"\n");
        for (int i = 0; i < count; i++)
            claims.Append("claim c").Append(i).Append("\n  by p\n  paraphrase \"").Append(i).Append(' ', 100_000 - 1 - i.ToString().Length).Append("x\"\n  source direct\n");
        return new GeneratorHarness([new InMemoryAdditionalText("/p/huge.claims", claims.ToString())], features: features).Run();
    }

    // Ninety texts of 200 KB each in UTF-16: 17.2 MB, and the last few start past 16 MB, where
    // the compiler can no longer point to them. Seventy: 13.4 MB, which fits.
    private const int PastTheLimit = 90;
    private const int UnderTheLimit = 70;

    [Fact]
    public void The_count_matches_the_string_heap_the_compiler_writes()
    {
        // The seed example has escapes, accents, repeated tags and ids: every kind of literal.
        var run = GeneratorHarness.ForFiles(Examples.AleppoClaims, Examples.AleppoText).Run();
        long counted = run.Steps[TrackingNames.Sources]
            .SelectMany(step => step.Outputs)
            .SelectMany(output => ((ValueList<GeneratedArticle>)output.Value).Items)
            .Sum(article => article.LiteralBytes);

        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        int heap = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);

        // The heap starts with one empty entry and is padded to a multiple of four bytes.
        Assert.InRange(heap - counted, 1, 4);
        Assert.True(counted > 1000, $"only {counted} bytes counted");
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("abc", 8)]
    [InlineData(63, 128)] // 127 bytes of text and flag: the longest entry with a one-byte length
    [InlineData(64, 131)]
    [InlineData(8191, 16_385)] // 16,383 bytes: the longest with a two-byte length
    [InlineData(8192, 16_389)]
    public void Each_literal_takes_its_UTF16_bytes_a_flag_and_its_length(object literal, long expected)
    {
        string text = literal as string ?? new string('a', (int)literal);

        Assert.Equal(expected, UserStringHeap.SizeOf(text));
    }

    [Fact]
    public void A_literal_written_twice_is_counted_once()
    {
        var heap = new UserStringHeap();
        heap.Add("elections");
        heap.Add("elections");

        Assert.Equal(UserStringHeap.SizeOf("elections"), heap.Bytes);
    }

    [Fact]
    public void Claim_text_past_the_limit_is_reported_once_and_the_compiler_agrees()
    {
        var run = RunClaims(PastTheLimit);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CLM103", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("about 17.2 MB", diagnostic.GetMessage());
        Assert.Contains("CS8103", diagnostic.GetMessage());
        Assert.Contains("experimental-data-section-string-literals", diagnostic.GetMessage());

        // The warning is right: the compiler cannot write that assembly.
        var emit = run.Output.Emit(Stream.Null);
        Assert.Contains(emit.Diagnostics, d => d.Id == "CS8103");
    }

    [Fact]
    public void Claim_text_under_the_limit_is_not_reported()
    {
        var run = RunClaims(UnderTheLimit);

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Sources);
    }

    [Theory]
    [InlineData("experimental-data-section-string-literals", "true")]
    [InlineData("experimental-data-section-string-literals", "20")]
    [InlineData("utf8-string-literal-encoding", "true")]
    public void With_long_literals_stored_as_data_the_limit_is_left_to_the_compiler(string feature, string value)
    {
        var run = RunClaims(PastTheLimit, new Dictionary<string, string> { [feature] = value });

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void The_option_turned_off_by_name_still_warns()
    {
        var run = RunClaims(PastTheLimit, new Dictionary<string, string> { ["experimental-data-section-string-literals"] = "off" });

        Assert.Equal("CLM103", Assert.Single(run.Diagnostics).Id);
    }
}
