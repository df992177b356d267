using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Model;
using ClaimDsl.Tests;
using Xunit;
using Xunit.Abstractions;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// <c>claimdsl import csv</c>: the whole LIAR2 validation split imports into a file that checks
/// clean, rejected rows are listed with their row numbers, and existing files are not replaced
/// unless asked.
/// </summary>
public class ImportTests(ITestOutputHelper log)
{
    private const string Spreadsheet = """
        Claim,Who,When,Rating
        Taxes went up,Ana Lima,2022-07-28,Fake
        Crime fell,Ana Lima,07/28/2022,true
        ,Bo Chen,2022-07-01,false
        Jobs grew,Bo Chen,July 2022,mostly true

        """;

    private const string Map = "statement=Claim,speaker=Who,date=When,verdict=Rating";

    /// <summary>
    /// The LIAR2 validation split from <c>shared/data</c> next to the repository (for the main
    /// checkout, <c>&lt;repository&gt;/../shared/data</c>), or the nearest such folder above it
    /// (for worktrees). Missing data fails the test: it must never pass by not running.
    /// </summary>
    private static string Liar2Path()
    {
        for (var dir = new DirectoryInfo(RepositoryPaths.Root).Parent; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", "liar2-valid.csv");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            $"liar2-valid.csv was not found at {Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "data"))} or in a shared/data folder further up. This test needs the LIAR2 validation split there and does not skip.");
    }

    [Fact]
    public void Every_LIAR2_row_imports_into_a_folder_that_checks_with_zero_errors()
    {
        using var folder = TempFolder.Create();
        File.Copy(Liar2Path(), folder.Of("liar2-valid.csv"));

        var clock = Stopwatch.StartNew();
        var import = Tool.RunProcess(folder.Path, "import", "csv", "liar2-valid.csv", "--liar2", "--default-source", "direct", "--out", "imported");
        var importTime = clock.Elapsed;
        clock.Restart();
        var check = Tool.RunProcess(folder.Path, "check", "imported");
        var checkTime = clock.Elapsed;
        log.WriteLine(import.Output + check.Output + $"import {importTime.TotalSeconds:F2} s, check {checkTime.TotalSeconds:F2} s (each as its own process)");

        Assert.True(import.ExitCode == ExitCodes.Success, import.ToString());
        Assert.Equal(
            $"Read 2,297 rows from liar2-valid.csv: wrote 2,297 claims by 939 speakers to {Path.Combine("imported", "liar2-valid.claims")}; 0 rows rejected.\n",
            import.Output);
        Assert.True(check.ExitCode == ExitCodes.Success, check.ToString());
        Assert.Equal("Checked 1 file: 2,297 claims, 0 errors, 0 warnings, 0 infos.\n", check.Output);
        Assert.Equal(["imported/liar2-valid.claims", "liar2-valid.csv"], folder.Files());
    }

    [Fact]
    public void Rejected_rows_are_listed_with_their_row_number_and_reason_and_the_others_are_written()
    {
        using var folder = TempFolder.Create();
        folder.Write("claims.csv", Spreadsheet);

        var run = Tool.Run(folder.Path, "import", "csv", "claims.csv", "--map", Map, "--verdicts", "Fake=false", "--default-source", "direct");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Read 4 rows from claims.csv: wrote 2 claims by 2 speakers to claims.claims; 2 rows rejected.", lines[0]);
        Assert.StartsWith("  row 3: the date \"07/28/2022\" (column \"When\") is not a date the importer can read;", lines[1]);
        Assert.Equal("  row 4: the statement (column \"Claim\") is empty", lines[2]);
        Assert.Equal(3, lines.Length);

        var document = ClaimDocument.Load(folder.Of("claims.claims"));
        Assert.Empty(document.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error));
        Assert.Equal([Rating.False, Rating.MostlyTrue], document.Claims.Select(c => c.Verdict!.Rating));
        Assert.Equal(["Ana Lima", "Bo Chen"], document.Model.Entities.Select(e => e.Name));
    }

    [Fact]
    public void Month_first_dates_are_read_when_asked()
    {
        using var folder = TempFolder.Create();
        folder.Write("claims.csv", Spreadsheet);

        var run = Tool.Run(folder.Path, "import", "csv", "claims.csv", "--map", Map, "--verdicts", "Fake=false", "--date-order", "month-first", "--out", "month-first");

        Assert.StartsWith("Read 4 rows from claims.csv: wrote 3 claims by 2 speakers", run.Output);
        var day = Assert.IsType<OnDay>(ClaimDocument.Load(folder.Of("month-first/claims.claims")).Claims[1].When);
        Assert.Equal(new DateTime(2022, 7, 28), day.Date);
    }

    [Fact]
    public void Without_a_default_source_check_reports_every_claim_as_unsourced()
    {
        using var folder = TempFolder.Create();
        folder.Write("data/claims.csv", Spreadsheet.Replace("07/28/2022", "2022-07-28").Replace(",Bo Chen,2022-07-01", "Wages rose,Bo Chen,2022-07-01"));

        var import = Tool.Run(folder.Path, "import", "csv", "data/claims.csv", "--map", Map, "--verdicts", "Fake=false", "--out", "out");
        var check = Tool.Run(folder.Path, "check", "out", "--format", "json");

        Assert.True(import.ExitCode == ExitCodes.Success, import.ToString());
        Assert.Equal($"Read 4 rows from claims.csv: wrote 4 claims by 2 speakers to {Path.Combine("out", "claims.claims")}; 0 rows rejected.\n", import.Output);
        Assert.True(check.ExitCode == ExitCodes.ErrorsFound, check.ToString());
        Assert.Equal(4, System.Text.Json.JsonDocument.Parse(check.Output).RootElement.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("code").GetString() == "CLM010"));
    }

    [Fact]
    public void An_existing_claim_file_is_replaced_only_with_force()
    {
        using var folder = TempFolder.Create();
        folder.Write("claims.csv", Spreadsheet);
        folder.Write("claims.claims", "# my own notes\n");

        var refused = Tool.Run(folder.Path, "import", "csv", "claims.csv", "--map", Map);
        string kept = folder.Read("claims.claims");
        var forced = Tool.Run(folder.Path, "import", "csv", "claims.csv", "--map", Map, "--verdicts", "Fake=false", "--force");

        ExitCodeTests.AssertUsageProblem(refused, "claimdsl: `claims.claims` already exists and was left as it is. Import into another folder with --out, or replace it with --force.");
        Assert.Equal("# my own notes\n", kept);
        Assert.True(forced.ExitCode == ExitCodes.ErrorsFound, forced.ToString());
        Assert.StartsWith("# Imported from claims.csv by claimdsl import csv.", folder.Read("claims.claims"));
        Assert.DoesNotContain(folder.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "import", "csv", "claims.csv" }, "claimdsl: Say which column holds which field with --map, for example --map statement=Claim,speaker=Who,date=When (or --liar2 for the LIAR2 data set).")]
    [InlineData(new[] { "import", "csv", "claims.csv", "--liar2", "--map", Map }, "claimdsl: Give either --map or --liar2 (which is a ready-made --map), not both.")]
    [InlineData(new[] { "import", "csv", "claims.csv", "--map", "statement=Claim" }, "claimdsl: The column mapping must say which column holds the speaker, for example `speaker=<column name>`.")]
    [InlineData(new[] { "import", "csv", "claims.csv", "--map", "statement=Claim,speaker=Author" }, "claimdsl: `claims.csv` has no column \"Author\" (mapped to speaker). Its columns are: \"Claim\", \"Who\", \"When\", \"Rating\".")]
    [InlineData(new[] { "import", "csv", "claims.csv", "--map", Map, "--verdicts", "Fake" }, "claimdsl: `Fake` in the verdict mapping is not `value=rating` with one of the ratings true, mostly-true, half-true, mostly-false, false, pants-on-fire, misleading, unproven, unverified.")]
    [InlineData(new[] { "import", "csv", "claims.csv", "--map", Map, "--default-source", "two words" }, "claimdsl: The default source \"two words\" is not `direct` or a valid id (a letter or _, then letters, digits, _ or -).")]
    [InlineData(new[] { "import", "csv", "missing.csv", "--map", Map }, "claimdsl: There is no file at `missing.csv`.")]
    [InlineData(new[] { "import", "csv", "claims.csv", "--map", Map, "--delimiter", ";;" }, "claimdsl: --delimiter must be one character, for example --delimiter \";\". Run `claimdsl import csv --help` to see what it accepts.")]
    [InlineData(new[] { "import", "claims.csv" }, "claimdsl: Required command was not provided. Run `claimdsl import --help` to see what it accepts.")]
    public void Wrong_input_is_exit_code_2_with_one_line_and_nothing_written(string[] args, string message)
    {
        using var folder = TempFolder.Create();
        folder.Write("claims.csv", Spreadsheet);

        var run = Tool.Run(folder.Path, args);

        ExitCodeTests.AssertUsageProblem(run, message);
        Assert.Equal(["claims.csv"], folder.Files());
    }

    [Fact]
    public void Import_csv_help_names_every_option_and_shows_examples()
    {
        using var folder = TempFolder.Create();

        var run = Tool.Run(folder.Path, "import", "csv", "--help");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        foreach (string option in new[] { "--map <field=column,...>", "--liar2", "--verdicts <value=rating,...>", "--default-source <direct|ID>", "--default-source-name <NAME>", "--date-order <day-first|month-first>", "--delimiter <CHAR>", "--out <DIR>", "--force" })
            Assert.Contains(option, run.Output);
        Assert.Contains("Examples:\n", run.Output);
    }
}
