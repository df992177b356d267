using System;
using System.IO;
using System.Text;
using ClaimDsl.Semantics;
using Spectre.Console;

namespace ClaimDsl.Cli;

/// <summary>
/// Everything a command may touch outside its arguments: where it writes, which folder relative
/// paths start from, whether a person is watching, and where files come from. Tests build one
/// with string writers and a fixture folder, so commands run in-process exactly as in a shell.
/// </summary>
public sealed class CliContext
{
    private IAnsiConsole? _terminal;

    public CliContext(TextWriter output, TextWriter error, string workingDirectory)
    {
        Output = output;
        Error = error;
        WorkingDirectory = Path.GetFullPath(workingDirectory);
    }

    /// <summary>Standard output: results.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: the one-line message when a command cannot do its work.</summary>
    public TextWriter Error { get; }

    /// <summary>The folder relative paths (arguments and displayed paths) start from.</summary>
    public string WorkingDirectory { get; }

    /// <summary>True when standard output is a terminal a person reads: colour and progress are allowed.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>True under a CI system (<c>CI=true</c>): never any progress display.</summary>
    public bool IsContinuousIntegration { get; init; }

    /// <summary>Where claim files, imports and article texts are read from.</summary>
    public ISourceProvider SourceProvider { get; init; } = FileSystemSourceProvider.Instance;

    /// <summary>The number of files checked at once when no <c>--threads</c> is given.</summary>
    public int ProcessorCount { get; init; } = Environment.ProcessorCount;

    /// <summary>Spectre.Console over standard output, for colour and progress; only when it is a terminal.</summary>
    public IAnsiConsole? Terminal => IsOutputTerminal
        ? _terminal ??= AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Detect,
        })
        : null;

    /// <summary>The real console and the process's current folder.</summary>
    public static CliContext ForConsole()
    {
        // Claim files are full of non-ASCII quotes and names; the console must carry them intact.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        return new CliContext(Console.Out, Console.Error, Environment.CurrentDirectory)
        {
            IsOutputTerminal = !Console.IsOutputRedirected,
            IsContinuousIntegration = IsTrue(Environment.GetEnvironmentVariable("CI")),
        };
    }

    private static bool IsTrue(string? value) =>
        value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
}
