using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Export;
using ClaimDsl.Formatting;
using ClaimDsl.Import;
using ClaimDsl.Model;
using Xunit;
using Xunit.Abstractions;

namespace ClaimDsl.Tests;

public class ImportTests(ITestOutputHelper output)
{
    private static readonly CsvImportOptions Basic = new(CsvColumnMapping.Parse("statement=Claim,speaker=Who,date=When,verdict=Rating,url=Link,role=Role,context=Where,tags=Topics"))
    {
        DefaultSource = "direct",
    };

    private static CsvImportResult Import(string csv, CsvImportOptions? options = null) =>
        CsvClaimImporter.Import(new StringReader(csv), "test.csv", options ?? Basic);

    /// <summary>The LIAR2 validation split, from the nearest <c>shared/data</c> folder above the repository (CI puts <c>shared/</c> next to the clone).</summary>
    private static string Liar2Path()
    {
        for (var dir = new DirectoryInfo(RepositoryPaths.Root).Parent; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", "liar2-valid.csv");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"liar2-valid.csv was not found in a shared/data folder above {RepositoryPaths.Root}. CI and developer machines have shared/ next to the repository; this test needs it and does not skip.");
    }

    [Fact]
    public void Every_LIAR2_row_imports_into_a_file_that_checks_with_zero_errors()
    {
        string path = Liar2Path();
        var clock = Stopwatch.StartNew();
        var result = CsvClaimImporter.Import(path, new CsvImportOptions(CsvColumnMapping.Liar2) { Verdicts = VerdictMapping.Liar2, DefaultSource = "direct" });
        var importTime = clock.Elapsed;

        clock.Restart();
        var document = ClaimDocument.Parse(result.Text, Path.Combine(Path.GetTempPath(), "liar2-valid.claims"));
        var checkTime = clock.Elapsed;

        output.WriteLine($"rows read {result.RowsRead}, claims written {result.ClaimsWritten}, speakers {result.SpeakersWritten}, rows rejected {result.Rejected.Length}");
        foreach (var rejected in result.Rejected) output.WriteLine("  " + rejected);
        output.WriteLine($"claim file {result.Text.Length:N0} characters; import {importTime.TotalMilliseconds:F0} ms, check {checkTime.TotalMilliseconds:F0} ms");
        foreach (var group in document.Diagnostics.GroupBy(d => (d.Code, d.Severity))) output.WriteLine($"  {group.Key.Severity} {group.Key.Code}: {group.Count()}");

        Assert.Equal(2297, result.RowsRead);
        Assert.Equal(result.RowsRead, result.ClaimsWritten + result.Rejected.Length);
        Assert.Empty(document.Diagnostics.Where(d => d.Severity == Severity.Error));
        Assert.Equal(result.ClaimsWritten, document.Claims.Length);
        Assert.All(document.Claims, c => Assert.NotNull(c.Verdict));
        Assert.All(document.Claims, c => Assert.IsType<OnDay>(c.When));
        Assert.Equal(FormatStatus.Unchanged, ClaimFormatter.Format(result.Text).Status);

        var obama = document.Claims.First(c => c.Speaker.Id == "barack_obama");
        Assert.Equal("barack obama", obama.Speaker.Name);
        Assert.Equal("barack_obama_419", obama.Id);
        Assert.Equal(Rating.MostlyTrue, obama.Verdict!.Rating);
        Assert.Equal(new DateTime(2008, 4, 16), ((OnDay)obama.When!).Date);
        Assert.Equal(StatementKind.Paraphrase, obama.Statement.Kind);
        Assert.StartsWith("Barack Obama is \"the only candidate", obama.Statement.Text);
        Assert.Equal("Row 2 of liar2-valid.csv (id 419).", obama.Article.Note);
    }

    [Fact]
    public void Rows_that_cannot_be_mapped_are_reported_with_their_row_number_and_reason()
    {
        string csv =
            "Claim,Who,When,Rating,Link,Role,Where,Topics\r\n" +                                   // row 1
            "\"A fine, \"\"quoted\"\"\nclaim\",Ann Lee,\"July 28, 2022\",false,,,,\r\n" +             // row 2 (two lines, one row)
            ",Ann Lee,2022-07-28,true,,,,\r\n" +                                                     // row 3: no statement
            "Words,,2022-07-28,true,,,,\r\n" +                                                       // row 4: no speaker
            "Words,Bo,next Tuesday,true,,,,\r\n" +                                                   // row 5: bad date
            "Words,Bo,2022-07-28,sort of,,,,\r\n" +                                                  // row 6: unknown verdict
            "Words,Bo,2022-07-28,true,www.example,,,\r\n" +                                          // row 7: bad url
            "Words,Bo,2022-07-28\r\n" +                                                              // row 8: too few fields
            "Words \"with\" quote,Bo,2022-07-28,true,,,,\r\n" +                                      // row 9: stray quote
            "\r\n" +                                                                                 // row 10: empty
            "Last one,Bo,07/28/2022,true,,,,\r\n" +                                                  // row 11: day-first order
            "Kept,Bo,28/07/2022,true,https://x.example/a,Senator,a tweet,tax; health\r\n";         // row 12

        var result = Import(csv);

        Assert.Equal(11, result.RowsRead);
        Assert.Equal(2, result.ClaimsWritten);
        Assert.Equal(new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11 }, result.Rejected.Select(r => r.Row));
        Assert.Contains("statement (column \"Claim\") is empty", result.Rejected[0].Reason);
        Assert.Contains("speaker (column \"Who\") is empty", result.Rejected[1].Reason);
        Assert.Contains("\"next Tuesday\"", result.Rejected[2].Reason);
        Assert.Contains("\"sort of\" (column \"Rating\") is not a rating", result.Rejected[3].Reason);
        Assert.Contains("not a complete web address", result.Rejected[4].Reason);
        Assert.Contains("has 3 fields but the header has 8", result.Rejected[5].Reason);
        Assert.Contains("double quote", result.Rejected[6].Reason);
        Assert.Equal("the row is empty", result.Rejected[7].Reason);
        Assert.Contains("day first", result.Rejected[8].Reason);
        Assert.Contains("#   row 11: the date \"07/28/2022\"", result.Text);

        var document = ClaimFiles.Check(result.Text);
        Assert.Empty(document.Diagnostics.Where(d => d.Severity == Severity.Error));
        var first = document.Claims[0];
        Assert.Equal("A fine, \"quoted\"\nclaim", first.Statement.Text);
        Assert.Equal("row_2", first.Article.Id);
        var kept = document.Claims[1];
        Assert.Equal(new DateTime(2022, 7, 28), ((OnDay)kept.When!).Date);
        Assert.Equal("https://x.example/a", kept.Article.Url);
        Assert.Equal("Senator", ((Person)kept.Speaker).Role);
        Assert.Equal("a tweet", kept.Context);
        Assert.Equal(new[] { "tax", "health" }, kept.Tags);
    }

    [Fact]
    public void Speakers_are_deduplicated_by_name_and_ids_are_readable_and_unique()
    {
        string csv = "Claim,Who\n" +
            "Says taxes went up by 40 percent,Barack Obama\n" +
            "Says taxes went up by 40 percent again,barack  OBAMA\n" +
            "Something,José Ñúñez\n" +
            "Something,18th Amendment Society\n" +
            "Something,Beto O’Rourke\n" +
            "Other,Beto O'Rourke\n" +
            "Something,Barack-Obama\n";

        var result = Import(csv, Basic with { Mapping = CsvColumnMapping.Parse("statement=Claim,speaker=Who") });
        var document = ClaimFiles.Check(result.Text);

        Assert.Empty(document.Diagnostics.Where(d => d.Severity == Severity.Error));
        Assert.Equal(new[] { "barack_obama", "jose_nunez", "person_18th_amendment_society", "beto_orourke", "barack_obama_2" }, document.Entities.Select(e => e.Id));
        Assert.Equal("Barack Obama", document.Entities[0].Name);
        Assert.Equal(new[] { "barack_obama_taxes_went_up_by", "barack_obama_taxes_went_up_by_2", "jose_nunez_something", "person_18th_amendment_society_something", "beto_orourke_something", "beto_orourke_other", "barack_obama_2_something" },
            document.Claims.Select(c => c.Id));
        Assert.Equal(5, result.SpeakersWritten);
    }

    [Theory]
    [InlineData("July 28, 2022", "2022-07-28")]
    [InlineData("Jul. 28th, 2022", "2022-07-28")]
    [InlineData("Sept. 5, 2012", "2012-09-05")]
    [InlineData("28 July 2022", "2022-07-28")]
    [InlineData("Thursday, July 28, 2022", "2022-07-28")]
    [InlineData("2022-07-28", "2022-07-28")]
    [InlineData("2022/7/8", "2022-07-08")]
    [InlineData("2022-07-28T10:15:00Z", "2022-07-28")]
    [InlineData("28/07/2022", "2022-07-28")]
    [InlineData("28.07.2022", "2022-07-28")]
    [InlineData("07/08/2022", "2022-08-07")]
    [InlineData("July 2022", "2022-07")]
    [InlineData("2022-07", "2022-07")]
    [InlineData("2022", "2022")]
    [InlineData("07/28/2022", null)]
    [InlineData("28/07/22", null)]
    [InlineData("February 30, 2022", null)]
    [InlineData("yesterday", null)]
    public void Dates_in_common_formats_are_read_day_first_by_default(string text, string? expected)
    {
        var date = ImportDates.Parse(text, DateOrder.DayFirst);
        Assert.Equal(expected, date is null ? null : ClaimDates.Iso(date));
    }

    [Fact]
    public void Month_first_order_reads_american_dates()
    {
        Assert.Equal("2022-07-28", ClaimDates.Iso(ImportDates.Parse("07/28/2022", DateOrder.MonthFirst)));
        Assert.Null(ImportDates.Parse("28/07/2022", DateOrder.MonthFirst));
    }

    [Theory]
    [InlineData("0", Rating.PantsOnFire)]
    [InlineData("2", Rating.MostlyFalse)]
    [InlineData("5", Rating.True)]
    [InlineData("pants-fire", Rating.PantsOnFire)]
    [InlineData("Pants on Fire!", Rating.PantsOnFire)]
    [InlineData("barely-true", Rating.MostlyFalse)]
    [InlineData("Half_True", Rating.HalfTrue)]
    [InlineData("mostly true", Rating.MostlyTrue)]
    [InlineData("unverified", Rating.Unverified)]
    public void Liar2_and_politifact_labels_map_to_ratings(string cell, Rating expected)
    {
        Assert.True(VerdictMapping.Liar2.TryMap(cell, out var rating));
        Assert.Equal(expected, rating);
    }

    [Fact]
    public void Numbers_are_not_ratings_unless_mapped_and_custom_pairs_win()
    {
        Assert.False(VerdictMapping.Standard.TryMap("3", out _));
        var custom = VerdictMapping.Standard.With("Fake=false, 3 = half-true");
        Assert.True(custom.TryMap("fake", out var fake));
        Assert.Equal(Rating.False, fake);
        Assert.True(custom.TryMap("3", out var three));
        Assert.Equal(Rating.HalfTrue, three);
        Assert.Contains("value=rating", Assert.Throws<CsvImportException>(() => VerdictMapping.Standard.With("x=very-false")).Message);
    }

    [Fact]
    public void Mapping_and_header_problems_stop_the_import_with_a_clear_message()
    {
        Assert.Contains("`who` is not a field", Assert.Throws<CsvImportException>(() => CsvColumnMapping.Parse("statement=a,who=b")).Message);
        Assert.Contains("which column holds the speaker", Assert.Throws<CsvImportException>(() => CsvColumnMapping.Parse("statement=a")).Message);
        Assert.Contains("not `field=column`", Assert.Throws<CsvImportException>(() => CsvColumnMapping.Parse("statement")).Message);
        var missing = Assert.Throws<CsvImportException>(() => Import("Claim,Speaker\nx,y\n"));
        Assert.Contains("no column \"Who\" (mapped to speaker)", missing.Message);
        Assert.Contains("\"Claim\", \"Speaker\"", missing.Message);
        Assert.Contains("is empty", Assert.Throws<CsvImportException>(() => Import("")).Message);
        Assert.Contains("not `direct` or a valid id", Assert.Throws<CsvImportException>(() => Import("Claim,Who\nx,y\n", Basic with { Mapping = CsvColumnMapping.Parse("statement=Claim,speaker=Who"), DefaultSource = "9 news" })).Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_advice()
    {
        string path = Path.Combine(Path.GetTempPath(), "claimdsl-latin1-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("Claim,Who\nCaf\u00e9,y\n"));
        try
        {
            var error = Assert.Throws<CsvImportException>(() => CsvClaimImporter.Import(path, Basic));
            Assert.Contains("CSV UTF-8", error.Message);
            Assert.Contains("line 2", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_a_default_source_every_claim_is_reported_as_unsourced()
    {
        var result = Import("Claim,Who\nOne,Ann\nTwo,Bo\n", new CsvImportOptions(CsvColumnMapping.Parse("statement=Claim,speaker=Who")));

        var errors = ClaimFiles.Check(result.Text).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("CLM010", e.Code));
        Assert.Contains("add a `source` line", result.Text);
    }

    [Fact]
    public void A_named_default_source_is_declared_and_quotes_can_be_asked_for()
    {
        var options = new CsvImportOptions(CsvColumnMapping.Parse("statement=Claim,speaker=Who"))
        {
            DefaultSource = "politifact",
            DefaultSourceName = "PolitiFact",
            StatementKind = StatementKind.Quote,
            SpeakerKind = SpeakerKind.Organization,
        };

        var document = ClaimFiles.Check(Import("Claim,Who\nOne,Acme Corp\n", options).Text);

        var claim = Assert.Single(document.Claims);
        Assert.Equal(StatementKind.Quote, claim.Statement.Kind);
        Assert.IsType<Organization>(claim.Speaker);
        Assert.Equal("PolitiFact", Assert.Single(Assert.Single(claim.Sources).Relays).Name);
        Assert.Empty(document.Diagnostics.Where(d => d.Severity == Severity.Error));
    }

    [Fact]
    public void A_csv_export_imports_back()
    {
        var seed = ClaimSet.From(ClaimDocument.Load(RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims")).Model);
        var options = new CsvImportOptions(CsvColumnMapping.Parse("statement=text,speaker=speaker_name,date=date,context=context,id=claim_id,tags=tags")) { DefaultSource = "direct" };

        var result = CsvClaimImporter.Import(new StringReader(CsvExporter.Export(seed)), "seed.csv", options);

        // The one vague date ("earlier this year") cannot be a date column's value: reported, not dropped.
        var rejected = Assert.Single(result.Rejected);
        Assert.Contains("\"earlier this year\"", rejected.Reason);
        var document = ClaimFiles.Check(result.Text);
        Assert.Empty(document.Diagnostics.Where(d => d.Severity == Severity.Error));
        Assert.Equal(seed.Claims.Where(c => c.When is not VagueDate).Select(c => c.Statement.Text), document.Claims.Select(c => c.Statement.Text));
    }
}
