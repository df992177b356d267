using System.IO;
using System.Linq;
using ClaimDsl.Cli.Tests.Support;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary><c>--output FILE</c>: the same report, written in one step, with a summary on screen.</summary>
public class OutputFileTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void The_file_holds_exactly_what_the_screen_would_show(string format)
    {
        using var folder = TempFolder.WithFixture("small");
        var onScreen = Tool.Run(folder.Path, "check", "--format", format);
        Directory.CreateDirectory(folder.Of("reports"));

        var toFile = Tool.Run(folder.Path, "check", "--format", format, "--output", "reports/result.out", "--threads", "1");

        Assert.True(toFile.ExitCode == ExitCodes.ErrorsFound, toFile.ToString());
        Assert.Equal(onScreen.Output, folder.Read("reports/result.out"));
        Assert.Equal("Checked 3 files: 3 claims, 4 errors, 2 warnings, 1 info.\n", toFile.Output);
    }

    [Fact]
    public void An_existing_file_is_replaced_and_no_temporary_file_is_left()
    {
        using var folder = TempFolder.WithFixture("small");
        Directory.CreateDirectory(folder.Of("reports"));
        folder.Write("reports/result.json", "old content that is much longer than nothing at all");

        Tool.Run(folder.Path, "check", "--format", "json", "--output", "reports/result.json");

        Assert.StartsWith("{\n  \"version\": 1,", folder.Read("reports/result.json"));
        Assert.Equal(["reports/result.json"], folder.Files().Where(f => f.StartsWith("reports/")));
    }

    [Fact]
    public void A_missing_output_folder_is_exit_code_2()
    {
        using var folder = TempFolder.WithFixture("small");

        var run = Tool.Run(folder.Path, "check", "--output", "missing/result.sarif", "--format", "sarif");

        ExitCodeTests.AssertUsageProblem(run, $"claimdsl: Cannot write `missing/result.sarif`: the folder `{folder.Of("missing")}` does not exist.");
    }

    [Fact]
    public void An_output_path_that_is_a_folder_is_exit_code_2()
    {
        using var folder = TempFolder.WithFixture("small");
        Directory.CreateDirectory(folder.Of("reports"));

        var run = Tool.Run(folder.Path, "check", "--output", "reports");

        ExitCodeTests.AssertUsageProblem(run, "claimdsl: Cannot write `reports`: it is a folder.");
    }
}
