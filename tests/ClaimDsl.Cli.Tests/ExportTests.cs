using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Json;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// <c>claimdsl export</c> on the seed example in every format, written to standard output or
/// to a file, and refused when the files have errors.
/// </summary>
public class ExportTests
{
    private const string ExampleFile = "examples/Aleppo/aleppo.claims";

    [Theory]
    [InlineData("csv", "csv")]
    [InlineData("markdown", "md")]
    public void The_seed_example_matches_its_snapshot(string format, string extension)
    {
        using var folder = TempFolder.WithSeedExample();

        var run = Tool.Run(folder.Path, "export", "--format", format);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("", run.Error);
        Snapshot.Match($"{nameof(ExportTests)}.{nameof(The_seed_example_matches_its_snapshot)}_{format}", extension, run.Output);
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_claim_with_crlf_record_ends()
    {
        using var folder = TempFolder.WithSeedExample();

        var run = Tool.Run(folder.Path, "export", ExampleFile, "--format", "csv");

        string[] records = run.Output.Split("\r\n");
        Assert.StartsWith("article,claim_id,speaker_id,", records[0]);
        Assert.Equal("", records[^1]);
        Assert.Equal(13, records.Count(r => r.StartsWith("aleppo_un_draft,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_parses_and_reads_back_into_the_same_claims()
    {
        using var folder = TempFolder.WithSeedExample();

        var run = Tool.Run(folder.Path, "export", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using (var document = JsonDocument.Parse(run.Output))
            Assert.Equal(13, document.RootElement.GetProperty("claims").GetArrayLength());
        var set = ClaimJson.Deserialize(run.Output);
        Assert.Equal(run.Output, ClaimJson.Serialize(set));
        Assert.Equal(FmtTests.Meaning(folder.Of(ExampleFile)), ClaimJson.Serialize(set));
    }

    [Fact]
    public void ClaimReview_reviews_every_claim_with_a_verdict()
    {
        using var folder = TempFolder.WithSeedExample();
        string file = folder.Of(ExampleFile);
        File.WriteAllText(file, File.ReadAllText(file).Replace(
            "claim officers_on_the_ground\n",
            "claim officers_on_the_ground\n  verdict unproven \"No one outside the ministry could confirm it.\"\n"));

        var run = Tool.Run(folder.Path, "export", "--format", "claimreview", "--publisher", "Fact Desk", "--publisher-url", "https://factdesk.example", "--review-date", "2016-10-08");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var review = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal("https://factdesk.example#officers_on_the_ground", review.GetProperty("url").GetString());
        Assert.Equal("2016-10-08", review.GetProperty("datePublished").GetString());
        Assert.Equal("Fact Desk", review.GetProperty("author").GetProperty("name").GetString());
        Assert.StartsWith("Most officers of the Russian Center", review.GetProperty("claimReviewed").GetString());
        Assert.Equal("Igor Konashenkov", review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("No one outside the ministry could confirm it.", review.GetProperty("reviewRating").GetProperty("ratingExplanation").GetString());
    }

    [Fact]
    public void ClaimReview_of_the_seed_example_is_an_empty_list_since_it_has_no_verdicts()
    {
        using var folder = TempFolder.WithSeedExample();

        var run = Tool.Run(folder.Path, "export", "--format", "claimreview", "--publisher", "Fact Desk", "--publisher-url", "https://factdesk.example");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(run.Output).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(run.Output).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData(new[] { "--format", "claimreview" }, "claimdsl: The claimreview format needs the fact-checking organisation that publishes the reviews: give its name and web address, for example --publisher \"Fact Desk\" --publisher-url https://factdesk.example.")]
    [InlineData(new[] { "--format", "claimreview", "--publisher", "Fact Desk", "--publisher-url", "factdesk.example" }, "claimdsl: The publisher's web address \"factdesk.example\" is not a complete web address: give it whole, starting with https://.")]
    [InlineData(new[] { "--format", "claimreview", "--publisher", "Fact Desk", "--publisher-url", "https://factdesk.example", "--review-date", "8 Oct" }, "claimdsl: --review-date \"8 Oct\" is not a day written as YYYY-MM-DD, for example 2016-10-07.")]
    [InlineData(new[] { "--format", "csv", "--publisher", "Fact Desk" }, "claimdsl: --publisher is only used with --format claimreview.")]
    [InlineData(new[] { "--format", "pdf" }, "claimdsl: Argument 'pdf' not recognized. Must be one of: 'json' 'claimreview' 'csv' 'markdown'. Run `claimdsl export --help` to see what it accepts.")]
    [InlineData(new string[0], "claimdsl: Option '--format' is required. Run `claimdsl export --help` to see what it accepts.")]
    public void Wrong_options_are_exit_code_2_with_one_line(string[] options, string message)
    {
        using var folder = TempFolder.WithSeedExample();

        var run = Tool.Run(folder.Path, ["export", .. options]);

        ExitCodeTests.AssertUsageProblem(run, message);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Files_with_errors_are_refused_with_the_diagnostics_as_check_shows_them()
    {
        using var folder = TempFolder.WithSeedExample();
        int line = BrokenSeedTests.RemoveSourceLine(folder);

        var run = Tool.Run(folder.Path, "export", "--format", "csv", "--output", "claims.csv");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal("", run.Output);
        Assert.Contains($"{ExampleFile.Replace('/', Path.DirectorySeparatorChar)}({line},7): error CLM010: Claim `officers_on_the_ground` does not say where the article got it.", run.Error);
        Assert.Contains($"  {line} | claim officers_on_the_ground\n", run.Error);
        Assert.Contains("Checked 1 file: 13 claims, 1 error, 1 warning, 0 infos.\n", run.Error);
        Assert.EndsWith("claimdsl: Nothing was exported, because the files have errors (listed above). Fix them, or export the claims that could be built with --allow-errors.\n", run.Error);
        Assert.False(File.Exists(folder.Of("claims.csv")));
    }

    [Fact]
    public void Allow_errors_exports_what_could_be_built_and_shows_the_errors_on_standard_error()
    {
        using var folder = TempFolder.WithSeedExample();
        BrokenSeedTests.RemoveSourceLine(folder);

        var run = Tool.Run(folder.Path, "export", "--format", "csv", "--allow-errors");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("error CLM010", run.Error);
        Assert.StartsWith("article,claim_id,", run.Output);
        Assert.Contains("\r\naleppo_un_draft,officers_on_the_ground,konashenkov,", run.Output);
    }

    [Fact]
    public void Output_writes_the_file_in_one_step_and_says_what_it_wrote()
    {
        using var folder = TempFolder.WithSeedExample();

        var run = Tool.Run(folder.Path, "export", "--format", "markdown", "--output", "report.md");
        var toScreen = Tool.Run(folder.Path, "export", "--format", "markdown");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("Exported 13 claims from 1 file to report.md.\n", run.Output);
        Assert.Equal(toScreen.Output, folder.Read("report.md"));
        Assert.DoesNotContain(folder.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_files_using_one_id_for_different_people_cannot_be_exported_together()
    {
        using var folder = TempFolder.Create();
        folder.Write("a.claims", "person ana \"Ana Lima\"\n");
        folder.Write("b.claims", "person ana \"Ana Souza\"\n");

        var run = Tool.Run(folder.Path, "export", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal("", run.Output);
        Assert.StartsWith("claimdsl: Nothing was exported. The id `ana` is used for two different people, organisations or groups (in ", run.Error);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void The_process_writes_what_the_in_process_run_writes(string format)
    {
        using var folder = TempFolder.WithSeedExample();

        var process = Tool.RunProcess(folder.Path, "export", "--format", format);
        var inProcess = Tool.Run(folder.Path, "export", "--format", format);

        // The process runner reads its output with LF line ends; CSV's record ends are CRLF.
        Assert.Equal(inProcess with { Output = inProcess.Output.Replace("\r\n", "\n") }, process);
        Assert.Equal(ExitCodes.Success, process.ExitCode);
    }
}
