using System;
using System.IO;
using System.Linq;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Semantics;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// Every exit code, and bad input: each problem the tool cannot work around is exit code 2 with
/// one line on standard error and no stack trace; problems in a file's content are findings.
/// </summary>
public class ExitCodeTests
{
    private const string CleanClaims = """
        org agency "Agency"
          kind agency

        person speaker "A Speaker"

        article report
          title "A report"
          outlet agency

        claim said_something
          by speaker
          paraphrase "something was said"
          source direct
        """;

    [Fact]
    public void No_errors_is_exit_code_0()
    {
        using var folder = TempFolder.Create();
        folder.Write("clean.claims", CleanClaims);

        var run = Tool.Run(folder.Path, "check");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("Checked 1 file: 1 claim, 0 errors, 0 warnings, 0 infos.\n", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Errors_found_is_exit_code_1()
    {
        using var folder = TempFolder.Create();
        folder.Write("broken.claims", CleanClaims.Replace("  source direct", ""));

        var run = Tool.Run(folder.Path, "check", "broken.claims");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Contains("broken.claims(10,7): error CLM010:", run.Output);
    }

    [Fact]
    public void A_missing_path_is_exit_code_2_with_one_line()
    {
        using var folder = TempFolder.Create();

        var run = Tool.Run(folder.Path, "check", "articles/missing.claims");

        AssertUsageProblem(run, "claimdsl: There is no file or folder at `articles/missing.claims`.");
    }

    [Fact]
    public void A_folder_without_claim_files_is_exit_code_2()
    {
        using var folder = TempFolder.Create();
        folder.Write("notes/readme.txt", "not a claim file");

        var run = Tool.Run(folder.Path, "check", "notes");

        AssertUsageProblem(run, "claimdsl: No .claims files were found in `notes` or its subfolders.");
    }

    [Fact]
    public void No_path_and_no_claim_files_in_the_current_folder_is_exit_code_2()
    {
        using var folder = TempFolder.Create();

        var run = Tool.Run(folder.Path, "check");

        AssertUsageProblem(run, $"claimdsl: No .claims files were found in the current folder (`{folder.Path}`) or its subfolders.");
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_exit_code_2()
    {
        using var folder = TempFolder.Create();
        folder.Write("a/one.claims", CleanClaims);

        var run = Tool.Run(folder.Path, "check", "b/**/*.claims");

        AssertUsageProblem(run, "claimdsl: No files match `b/**/*.claims`: there is no folder `b`.");
        AssertUsageProblem(Tool.Run(folder.Path, "check", "a/*.txt"), "claimdsl: No files match `a/*.txt`.");
    }

    [Fact]
    public void Folders_are_searched_recursively_and_patterns_expanded_hidden_folders_skipped()
    {
        using var folder = TempFolder.Create();
        folder.Write("a/one.claims", CleanClaims);
        folder.Write("a/deeper/two.claims", CleanClaims.Replace("said_something", "said_more").Replace("speaker", "other"));
        folder.Write(".hidden/three.claims", "this is not checked");
        folder.Write("a/notes.txt", "not checked either");

        var byFolder = Tool.Run(folder.Path, "check");
        var byPattern = Tool.Run(folder.Path, "check", "a/**/*.claims");

        Assert.True(byFolder.ExitCode == ExitCodes.Success, byFolder.ToString());
        Assert.Equal("Checked 2 files: 2 claims, 0 errors, 0 warnings, 0 infos.\n", byFolder.Output);
        Assert.Equal(byFolder.Output, byPattern.Output);
    }

    [Fact]
    public void An_unknown_option_or_format_is_exit_code_2_with_one_line()
    {
        using var folder = TempFolder.Create();

        AssertUsageProblem(Tool.Run(folder.Path, "check", "--format", "xml"),
            "claimdsl: Argument 'xml' not recognized. Must be one of: 'text' 'json' 'sarif' 'github'. Run `claimdsl check --help` to see what it accepts.");
        AssertUsageProblem(Tool.Run(folder.Path, "check", "--threads", "0"),
            "claimdsl: --threads must be 1 or more. Run `claimdsl check --help` to see what it accepts.");
        AssertUsageProblem(Tool.Run(folder.Path, "chek"),
            "claimdsl: Unrecognized command or argument 'chek'. Run `claimdsl --help` to see what it accepts.");
        AssertUsageProblem(Tool.Run(folder.Path, "check", "--strict"),
            "claimdsl: There is no option, file or folder called `--strict`. Run `claimdsl check --help` to see the options.");
        AssertUsageProblem(Tool.Run(folder.Path),
            "claimdsl: Say what to do, for example `claimdsl check`. Run `claimdsl --help` to see every command.");
    }

    [Fact]
    public void An_unreadable_file_is_exit_code_2_naming_it()
    {
        // Tests may run as root, which reads any file whatever its permissions; a source
        // provider stands in for a disk that refuses.
        using var folder = TempFolder.Create();
        string path = folder.Write("locked.claims", CleanClaims);
        var provider = new RefusingProvider(path, $"`{path}` could not be read: Access to the path is denied.");

        var run = Tool.Run(folder.Path, provider, "check");

        AssertUsageProblem(run, $"claimdsl: `{path}` could not be read: Access to the path is denied.");
    }

    [Fact]
    public void An_unexpected_failure_is_one_friendly_line_and_exit_code_2()
    {
        using var folder = TempFolder.Create();
        folder.Write("a.claims", CleanClaims);

        var run = Tool.Run(folder.Path, new ThrowingProvider(), "check");

        AssertUsageProblem(run, "claimdsl: Something went wrong that claimdsl did not expect (InvalidOperationException: the disk went away). Please report it with the command you ran.");
    }

    [Fact]
    public void A_binary_file_is_a_finding_not_a_crash()
    {
        using var folder = TempFolder.Create();
        folder.Write("photo.claims", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 });

        var run = Tool.Run(folder.Path, "check");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        // The first NUL byte is on line 3 (the PNG header holds two line breaks before it).
        Assert.StartsWith("photo.claims(3,1): error CLM008: This file holds binary data", run.Output);
        Assert.EndsWith("Checked 1 file: 0 claims, 1 error, 0 warnings, 0 infos.\n", run.Output);
        Assert.DoesNotContain('\0', run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Invalid_utf8_is_a_finding_at_the_first_bad_byte()
    {
        using var folder = TempFolder.Create();
        byte[] text = System.Text.Encoding.UTF8.GetBytes(CleanClaims.Replace("A Speaker", "A Speaker\u00FF"));
        int marker = Array.IndexOf(text, (byte)0xC3);
        text[marker] = 0xFF; // a byte that never occurs in UTF-8
        folder.Write("latin1.claims", text);

        var run = Tool.Run(folder.Path, "check", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        var finding = System.Text.Json.JsonDocument.Parse(run.Output).RootElement.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("CLM008", finding.GetProperty("code").GetString());
        Assert.Equal(4, finding.GetProperty("line").GetInt32());
        Assert.Equal(26, finding.GetProperty("column").GetInt32());
    }

    [Fact]
    public void An_empty_file_checks_clean_with_no_claims()
    {
        using var folder = TempFolder.Create();
        folder.Write("empty.claims", "");

        var run = Tool.Run(folder.Path, "check", "empty.claims");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal("Checked 1 file: 0 claims, 0 errors, 0 warnings, 0 infos.\n", run.Output);
    }

    [Fact]
    public void A_missing_import_is_a_finding_in_the_importing_file()
    {
        using var folder = TempFolder.Create();
        folder.Write("main.claims", "import \"people.claims\"\n" + CleanClaims);

        var run = Tool.Run(folder.Path, "check");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.StartsWith("main.claims(1,", run.Output);
        Assert.Contains("error CLM023:", run.Output);
    }

    internal static void AssertUsageProblem(CliRun run, string expectedError)
    {
        Assert.True(run.ExitCode == ExitCodes.UsageOrIoProblem, run.ToString());
        Assert.Equal([expectedError], Tool.ErrorLines(run));
        Assert.False(Tool.HasStackTrace(run.Error + run.Output), run.ToString());
    }

    private sealed class RefusingProvider(string refusedPath, string problem) : ISourceProvider
    {
        public string Resolve(string fromFile, string relativePath) => FileSystemSourceProvider.Instance.Resolve(fromFile, relativePath);

        public FileReadResult Read(string path) =>
            path == refusedPath ? FileReadResult.Missing(problem) : FileSystemSourceProvider.Instance.Read(path);
    }

    private sealed class ThrowingProvider : ISourceProvider
    {
        public string Resolve(string fromFile, string relativePath) => relativePath;

        public FileReadResult Read(string path) => throw new InvalidOperationException("the disk went away");
    }
}
