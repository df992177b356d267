using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ClaimDsl.Semantics;
using ClaimDsl.Tests;

namespace ClaimDsl.Cli.Tests.Support;

/// <summary>What one run of the tool did.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <inheritdoc />
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>Runs the real tool: in-process through its entry point, or as a separate process.</summary>
internal static class Tool
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>The built tool, as `dotnet` runs it.</summary>
    public static string DllPath { get; } = RepositoryPaths.Of("src", "ClaimDsl.Cli", "bin", Configuration, "net10.0", "ClaimDsl.Cli.dll");

    /// <summary>Runs <c>claimdsl args…</c> in-process, in <paramref name="workingDirectory"/>, as a CI job would (no terminal).</summary>
    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <summary>Runs in-process with files read through <paramref name="provider"/> (to simulate what a real disk rarely does).</summary>
    public static CliRun Run(string workingDirectory, ISourceProvider? provider, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, workingDirectory)
        {
            IsOutputTerminal = false,
            IsContinuousIntegration = true,
            SourceProvider = provider ?? FileSystemSourceProvider.Instance,
        };
        int exitCode = CliApp.Run(args, context);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>dotnet ClaimDsl.Cli.dll args…</c> as its own process, with <c>CI=true</c> and no input.</summary>
    public static CliRun RunProcess(string workingDirectory, params string[] args)
    {
        if (!File.Exists(DllPath)) throw new InvalidOperationException($"The tool is not built at {DllPath}.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"claimdsl {string.Join(" ", args)} did not finish within 120 s.");
        }
        return new CliRun(process.ExitCode, Normalize(output.Result), Normalize(error.Result));
    }

    /// <summary>Runs a program and returns what it did, for the validators the tests call.</summary>
    public static CliRun RunTool(string program, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", args)} did not finish within {timeout.TotalSeconds} s.");
        }
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The lines of the standard error of a failed run, to check it is one friendly line.</summary>
    public static string[] ErrorLines(CliRun run) => run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>True when a text looks like a .NET stack trace.</summary>
    public static bool HasStackTrace(string text) => text.Split('\n').Any(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains('('));
}
