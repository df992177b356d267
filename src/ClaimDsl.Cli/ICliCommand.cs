using System.Collections.Generic;
using System.CommandLine;

namespace ClaimDsl.Cli;

/// <summary>
/// One command of the tool (<c>check</c>, …). To add a command, write a class that implements
/// this interface and add one line to <see cref="CliApp.Commands"/>.
/// </summary>
public interface ICliCommand
{
    /// <summary>
    /// The System.CommandLine command: name, description, arguments, options and an action that
    /// returns an exit code (<see cref="ExitCodes"/>). The action writes only through
    /// <paramref name="context"/> and throws <see cref="UsageException"/> when it cannot do its work.
    /// </summary>
    Command Create(CliContext context);

    /// <summary>Shown under <c>Examples:</c> at the end of the command's <c>--help</c>.</summary>
    IReadOnlyList<CommandExample> Examples { get; }
}

/// <summary>A command line and what it does, for <c>--help</c>.</summary>
public sealed record CommandExample(string CommandLine, string Explanation);
