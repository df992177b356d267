using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Json;
using ClaimDsl.Tests;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// <c>claimdsl fmt</c>: formatted files mean what the originals meant, a second run and
/// <c>--check</c> find nothing to do, and files with errors or that cannot be written are left
/// byte for byte as they were.
/// </summary>
public class FmtTests
{
    private const string Tidy = """
        person speaker "A Speaker"

        article report
          title "A report"

        claim said_something
          by speaker
          paraphrase "something was said" # as reported
          source direct

        """;

    private const string Broken = "person a \"A\"\nclaim\n  bogus 1\n";

    [Fact]
    public void Formatted_files_mean_what_the_originals_meant_and_a_second_look_finds_nothing_to_do()
    {
        string suite = RepositoryPaths.Of("tests", "conformance", "good");
        using var folder = TempFolder.Create();
        folder.Copy(suite, "good");
        string[] cases = Directory.GetFiles(folder.Of("good"), "*.claims", SearchOption.AllDirectories);
        int messedUp = 0;
        foreach (string file in cases)
        {
            string text = File.ReadAllText(file), messy = Messy(text);
            if (messy != text) messedUp++;
            File.WriteAllText(file, messy);
        }

        var format = Tool.Run(folder.Path, "fmt", "good");
        var check = Tool.Run(folder.Path, "fmt", "--check", "good");

        Assert.True(format.ExitCode == ExitCodes.Success, format.ToString());
        Assert.True(messedUp > cases.Length / 2, $"Only {messedUp} of {cases.Length} files were laid out differently.");
        Assert.StartsWith($"Formatted {cases.Length} files: {messedUp} reformatted, ", format.Output.Split('\n')[^2]);
        Assert.True(check.ExitCode == ExitCodes.Success, check.ToString());
        Assert.Equal($"Checked the layout of {cases.Length} files: 0 would be reformatted, {cases.Length} already formatted.\n", check.Output);
        foreach (string file in cases)
        {
            string original = Path.Combine(suite, Path.GetRelativePath(folder.Of("good"), file));
            Assert.True(Meaning(original) == Meaning(file), $"{Path.GetFileName(file)} means something else after formatting.");
        }
    }

    [Fact]
    public void Formatting_twice_changes_nothing_the_second_time()
    {
        using var folder = TempFolder.WithSeedExample();
        string file = folder.Of("examples/Aleppo/aleppo.claims");
        File.WriteAllText(file, Messy(File.ReadAllText(file)));

        var first = Tool.Run(folder.Path, "fmt");
        byte[] once = File.ReadAllBytes(file);
        var second = Tool.Run(folder.Path, "fmt");

        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        Assert.Contains("aleppo.claims: reformatted\n", first.Output);
        Assert.True(second.ExitCode == ExitCodes.Success, second.ToString());
        Assert.Equal("Formatted 1 file: 0 reformatted, 1 already formatted.\n", second.Output);
        Assert.Equal(once, File.ReadAllBytes(file));
        Assert.Equal(Meaning(RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims")), Meaning(file));
        Assert.DoesNotContain(folder.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_changes_nothing_lists_the_files_that_would_change_and_exits_1()
    {
        using var folder = TempFolder.Create();
        folder.Write("tidy.claims", Tidy);
        folder.Write("notes/messy.claims", Messy(Tidy));
        byte[] before = File.ReadAllBytes(folder.Of("notes/messy.claims"));

        var run = Tool.Run(folder.Path, "fmt", "--check");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(
            $"{Path.Combine("notes", "messy.claims")}: would be reformatted\nChecked the layout of 2 files: 1 would be reformatted, 1 already formatted.\n",
            run.Output);
        Assert.Equal(before, File.ReadAllBytes(folder.Of("notes/messy.claims")));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_byte_for_byte_and_reported_with_line_and_column()
    {
        using var folder = TempFolder.Create();
        string broken = folder.Write("broken.claims", Messy(Broken));
        byte[] before = File.ReadAllBytes(broken);
        folder.Write("messy.claims", Messy(Tidy));

        var run = Tool.Run(folder.Path, "fmt");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Equal(before, File.ReadAllBytes(broken));
        // The id is missing at the end of the line, after the two trailing spaces Messy added.
        Assert.Contains("broken.claims(4,8): error CLM001: `claim` needs an id", run.Output);
        Assert.Contains("broken.claims(5,6): error CLM002: `bogus` is not a keyword.", run.Output);
        Assert.Contains("broken.claims: left unchanged because of 2 errors above; fix them and run `claimdsl fmt` again.\n", run.Output);
        // One broken file does not stop the others from being formatted.
        Assert.Equal(Tidy, folder.Read("messy.claims"));
        Assert.EndsWith("Formatted 2 files: 1 reformatted, 0 already formatted, 1 left unchanged because of errors.\n", run.Output);
    }

    [Theory]
    [InlineData(new byte[] { 0x70, 0x65, 0x72, 0x73, 0x6F, 0x6E, 0x20, 0x00, 0x0A }, "holds binary data")]
    [InlineData(new byte[] { 0x70, 0x65, 0x72, 0x73, 0x6F, 0x6E, 0x20, 0x61, 0x20, 0x22, 0xE9, 0x22, 0x0A }, "is not saved as UTF-8")]
    public void A_file_that_is_not_text_is_left_byte_for_byte_and_reported(byte[] bytes, string problem)
    {
        using var folder = TempFolder.Create();
        string file = folder.Write("odd.claims", bytes);

        var run = Tool.Run(folder.Path, "fmt", "--check");
        var format = Tool.Run(folder.Path, "fmt");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.True(format.ExitCode == ExitCodes.ErrorsFound, format.ToString());
        Assert.Contains("odd.claims(1,", format.Output);
        Assert.Contains("error CLM008: This file " + problem, format.Output);
        Assert.Equal(bytes, File.ReadAllBytes(file));
    }

    [Fact]
    public void A_read_only_file_is_reported_and_left_alone_and_the_run_exits_2()
    {
        using var folder = TempFolder.Create();
        string file = folder.Write("locked.claims", Messy(Tidy));
        byte[] before = File.ReadAllBytes(file);
        File.SetAttributes(file, FileAttributes.ReadOnly);
        try
        {
            var run = Tool.Run(folder.Path, "fmt");

            Assert.True(run.ExitCode == ExitCodes.UsageOrIoProblem, run.ToString());
            Assert.StartsWith("locked.claims: not formatted: ", run.Output);
            Assert.Contains("is read-only, so it was left unchanged.", run.Output);
            Assert.EndsWith("Formatted 1 file: 0 reformatted, 0 already formatted, 1 could not be read or written.\n", run.Output);
            Assert.Equal(before, File.ReadAllBytes(file));
            Assert.Equal(["locked.claims"], folder.Files());
        }
        finally
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }
    }

    [Fact]
    public void A_missing_path_is_exit_code_2_with_one_line()
    {
        using var folder = TempFolder.Create();

        var run = Tool.Run(folder.Path, "fmt", "nowhere.claims");

        ExitCodeTests.AssertUsageProblem(run, "claimdsl: There is no file or folder at `nowhere.claims`.");
    }

    [Fact]
    public void The_process_formats_as_the_in_process_run_does()
    {
        using var inProcess = TempFolder.Create();
        using var process = TempFolder.Create();
        foreach (var folder in new[] { inProcess, process })
        {
            folder.Write("messy.claims", Messy(Tidy));
            folder.Write("broken.claims", Broken);
        }

        var processRun = Tool.RunProcess(process.Path, "fmt");
        var inProcessRun = Tool.Run(inProcess.Path, "fmt");

        Assert.Equal(inProcessRun, processRun);
        Assert.Equal(ExitCodes.ErrorsFound, processRun.ExitCode);
        Assert.Equal(Tidy, process.Read("messy.claims"));
    }

    /// <summary>The same claims laid out carelessly: blank lines added, indentation, spacing after keywords and trailing spaces changed.</summary>
    internal static string Messy(string text)
    {
        // Files whose line ends or byte-order mark are the point of the case stay as they are.
        if (text.Contains('\r') || text.StartsWith('\uFEFF')) return text;
        var lines = text.Split('\n').Select(line =>
        {
            if (line.Trim().Length == 0) return line;
            string messy = line[0] is ' ' or '\t' ? "     " + line.TrimStart() : line;
            messy = Regex.Replace(messy, @"^(\s*[a-z]+) +(?=\S)", "$1   ");
            return messy + "  ";
        });
        return "\n\n" + string.Join("\n", lines).Replace("\n\n", "\n\n\n") + "\n\n";
    }

    /// <summary>What a file means, as the library's JSON of its model (imports included).</summary>
    internal static string Meaning(string path) => ClaimJson.Serialize(ClaimSet.From(ClaimDocument.Load(path).Model));
}
