using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Generator.Tests;
using ClaimDsl.Reliability.Tests.Support;
using ClaimDsl.Semantics;
using ClaimDsl.Text;
using CsCheck;
using Xunit;

namespace ClaimDsl.Reliability.Tests;

/// <summary>
/// Trojan source (CVE-2021-42574): a direction-changing or invisible character written raw
/// anywhere in a file is reported as CLM005 exactly where it is; written as an escape, it
/// reaches the generated C# only as an escape.
/// </summary>
public class TrojanSourceTests
{
    private const string ClaimsPath = "/project/trojan.claims";

    /// <summary>Bidirectional controls, zero-width and other invisible characters (not NUL: that one makes a file binary on disk).</summary>
    private static readonly char[] HiddenCharacters =
    {
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F',
        '\u061C', '\u200B', '\u200C', '\u200D', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF', '\u00AD',
        '\u180E', '\u2028', '\u2029', '\u0007', '\u001B', '\u0085',
    };

    private static readonly InMemorySourceProvider NoOtherFiles = new([]);

    [Fact]
    public void A_hidden_character_written_raw_anywhere_is_reported_where_it_is()
    {
        var insertion = Gen.Select(ValidDocuments.All, Gen.Int[0, HiddenCharacters.Length - 1], Gen.Int[1, int.MaxValue]);
        insertion.Sample((document, which, where) =>
        {
            int at = where % (document.Text.Length + 1);
            if (at == 0 && HiddenCharacters[which] == '\uFEFF') at = 1; // a BOM at the very start is a BOM
            string text = document.Text.Insert(at, HiddenCharacters[which].ToString());

            var checkedDocument = ClaimDocument.Parse(text, ClaimsPath, NoOtherFiles);

            var expected = new SourceText(text, ClaimsPath).Span(at, 1);
            var reported = Assert.Single(checkedDocument.Diagnostics, d => d.Code == "CLM005");
            Assert.Equal(ClaimsPath, reported.FilePath);
            Assert.Equal(expected, reported.Span);
        }, iter: 1000);
    }

    [Fact]
    public void Hidden_characters_written_raw_stop_the_generator_with_the_same_position()
    {
        var text = "article story\n  title \"safe\u202E txt.exe\"\n  published 2024-01-05\n";
        var run = GeneratorHarness.ForFiles((ClaimsPath, text)).Run();

        var reported = Assert.Single(run.Diagnostics, d => d.Id == "CLM005");
        var position = reported.Location.GetLineSpan();
        Assert.Equal((1, 13), (position.StartLinePosition.Line, position.StartLinePosition.Character));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Hidden_characters_written_as_escapes_never_appear_raw_in_generated_code()
    {
        int sources = 0;
        ValidDocuments.All.Sample(document =>
        {
            if (ClaimDocument.Parse(document.Text, ClaimsPath, NoOtherFiles).HasErrors) return;
            foreach (var source in GeneratorHarness.ForFiles((ClaimsPath, document.Text)).Run().Sources)
            {
                string code = source.SourceText.ToString();
                int raw = code.IndexOfAny(HiddenCharacters.Concat(['\0']).ToArray());
                Assert.True(raw < 0, $"{source.HintName} holds U+{(raw < 0 ? 0 : code[raw]):X4} raw at offset {raw}.");
                Assert.Equal(-1, LoneSurrogate(code));
                sources++;
            }
        }, iter: 100, threads: 1);
        Assert.True(sources > 50, $"Only {sources} generated files were scanned.");
    }

    private static int LoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return i;
        }
        return -1;
    }
}
