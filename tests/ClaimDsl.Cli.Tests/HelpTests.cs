using ClaimDsl.Cli.Tests.Support;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary><c>--help</c> on every command, with every option and examples.</summary>
public class HelpTests
{
    [Fact]
    public void Every_registered_command_has_help_with_examples()
    {
        using var folder = TempFolder.Create();
        Assert.NotEmpty(CliApp.Commands);
        foreach (var registration in CliApp.Commands)
        {
            var command = registration.Create(new CliContext(System.IO.TextWriter.Null, System.IO.TextWriter.Null, folder.Path));

            var run = Tool.Run(folder.Path, command.Name, "--help");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.NotEmpty(registration.Examples);
            Assert.Contains("Examples:", run.Output);
            foreach (var example in registration.Examples) Assert.Contains("    " + example.CommandLine + "\n", run.Output);
            foreach (var option in command.Options) Assert.Contains(option.Name, run.Output);
        }
    }

    [Fact]
    public void Root_help_lists_the_commands_and_examples()
    {
        using var folder = TempFolder.Create();

        var run = Tool.Run(folder.Path, "--help");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Usage:\n  claimdsl [command] [options]", run.Output);
        Assert.Contains("  check <PATH>", run.Output);
        Assert.Contains("Examples:\n", run.Output);
    }

    [Fact]
    public void Check_help_names_every_option()
    {
        using var folder = TempFolder.Create();

        var run = Tool.Run(folder.Path, "check", "-h");

        foreach (string option in new[] { "--format <text|json|sarif|github>", "--output <FILE>", "--warnings-as-errors", "--config <FILE>", "--threads <N>" })
            Assert.Contains(option, run.Output);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        using var folder = TempFolder.Create();

        var run = Tool.Run(folder.Path, "--version");

        Assert.Equal(ToolInfo.Version + "\n", run.Output);
        Assert.Matches(@"^\d+\.\d+\.\d+", ToolInfo.Version);
    }
}
