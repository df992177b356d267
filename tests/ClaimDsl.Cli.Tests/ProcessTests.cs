using ClaimDsl.Cli.Tests.Support;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>The built tool as its own process (<c>dotnet ClaimDsl.Cli.dll</c>), as CI runs it.</summary>
public class ProcessTests
{
    [Fact]
    public void The_seed_example_exits_0()
    {
        using var folder = TempFolder.WithSeedExample();

        var run = Tool.RunProcess(folder.Path, "check", "examples");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.EndsWith("Checked 1 file: 13 claims, 0 errors, 1 warning, 0 infos.\n", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_removed_source_exits_1_and_names_the_claims_file_and_line()
    {
        using var folder = TempFolder.WithSeedExample();
        int line = BrokenSeedTests.RemoveSourceLine(folder);

        var run = Tool.RunProcess(folder.Path, "check", "--format", "github");

        Assert.True(run.ExitCode == ExitCodes.ErrorsFound, run.ToString());
        Assert.Contains($"::error file=examples/Aleppo/aleppo.claims,line={line},col=7,", run.Output);
    }

    [Fact]
    public void A_missing_path_exits_2_with_one_line_and_no_stack_trace()
    {
        using var folder = TempFolder.Create();

        var run = Tool.RunProcess(folder.Path, "check", "nowhere");

        ExitCodeTests.AssertUsageProblem(run, "claimdsl: There is no file or folder at `nowhere`.");
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("text")]
    public void The_process_writes_what_the_in_process_run_writes(string format)
    {
        using var folder = TempFolder.WithFixture("small");

        var process = Tool.RunProcess(folder.Path, "check", "--format", format);
        var inProcess = Tool.Run(folder.Path, "check", "--format", format);

        Assert.Equal(inProcess, process);
    }

    [Fact]
    public void Help_exits_0_and_ends_with_examples()
    {
        using var folder = TempFolder.Create();

        var run = Tool.RunProcess(folder.Path, "check", "--help");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Usage:\n  claimdsl check [<PATH>...] [options]", run.Output);
        Assert.Contains("Examples:\n", run.Output);
    }
}
