using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using ClaimDsl.Cli.Check;
using ClaimDsl.Cli.Export;
using ClaimDsl.Cli.Fmt;
using ClaimDsl.Cli.Import;

namespace ClaimDsl.Cli;

/// <summary>
/// The tool: its commands, argument parsing, and the promise that every outcome is an exit code
/// (<see cref="ExitCodes"/>) with, on failure, one line of explanation and never a stack trace.
/// </summary>
public static class CliApp
{
    /// <summary>Every command of the tool. A new command is one class and one line here.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new CheckCommand(),
        new FmtCommand(),
        new ExportCommand(),
        new ImportCommand(),
    ];

    private static readonly IReadOnlyList<CommandExample> RootExamples =
    [
        new("claimdsl check", "Check every .claims file in this folder and its subfolders:"),
        new("claimdsl fmt", "Put every .claims file here in the canonical layout:"),
        new("claimdsl export --format markdown --output report.md", "Write a readable report of the claims:"),
        new("claimdsl import csv claims.csv --map statement=Claim,speaker=Who", "Turn a spreadsheet into a claim file:"),
        new("claimdsl check --help", "See everything `check` can do (and likewise for every command):"),
    ];

    /// <summary>Runs the tool with <paramref name="args"/> as a shell would, writing only through <paramref name="context"/>.</summary>
    public static int Run(string[] args, CliContext context)
    {
        try
        {
            var root = BuildRootCommand(context);
            var parseResult = root.Parse(args);
            if (parseResult.Action is ParseErrorAction)
                return Fail(context, ParseErrorMessage(parseResult));
            var invocation = new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            return parseResult.Invoke(invocation);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Work done in parallel arrives wrapped; the user needs the cause, not the wrapper.
            var cause = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            return Fail(context, cause is UsageException
                ? cause.Message
                : $"Something went wrong that claimdsl did not expect ({cause.GetType().Name}: {cause.Message}). Please report it with the command you ran.");
        }
    }

    /// <summary>The root command with every registered command and help that ends with examples.</summary>
    internal static Command BuildRootCommand(CliContext context)
    {
        // A plain command named "claimdsl" rather than RootCommand, whose name is the file the
        // process started from ("ClaimDsl.Cli" under `dotnet run`): help reads the same everywhere.
        var root = new Command(ToolInfo.Name, "claimdsl checks, formats, exports and imports .claims files, the notes fact-checkers keep about who said what, when and where the article got it.")
        {
            new HelpOption(),
            // The tool's own version, not that of whichever program hosts it (a test runner).
            new VersionOption { Action = new PrintVersion() },
        };
        var examples = new Dictionary<Command, IReadOnlyList<CommandExample>> { [root] = RootExamples };
        foreach (var registration in Commands)
        {
            var command = registration.Create(context);
            root.Subcommands.Add(command);
            examples[command] = registration.Examples;
            // A command made of subcommands (`import csv`) shows the same examples under each.
            foreach (var subcommand in command.Subcommands) examples[subcommand] = registration.Examples;
        }
        root.SetAction(NoCommandGiven);
        foreach (var help in root.Options.OfType<HelpOption>())
            if (help.Action is HelpAction standard) help.Action = new HelpWithExamples(standard, examples);
        return root;
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(ToolInfo.Version);
            return ExitCodes.Success;
        }
    }

    private static int NoCommandGiven(ParseResult parseResult) =>
        throw new UsageException("Say what to do, for example `claimdsl check`. Run `claimdsl --help` to see every command.");

    private static string ParseErrorMessage(ParseResult parseResult)
    {
        string problem = parseResult.Errors[0].Message.Trim();
        if (!problem.EndsWith('.')) problem += ".";
        string command = string.Join(" ", CommandPath(parseResult).Reverse());
        return $"{problem} Run `{command} --help` to see what it accepts.";
    }

    /// <summary>The words that name the command the user was typing, innermost first.</summary>
    private static IEnumerable<string> CommandPath(ParseResult parseResult)
    {
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            yield return result.Command.Name;
    }

    private static int Fail(CliContext context, string message)
    {
        // One line, whatever the message held: scripts and CI logs read it as one.
        string oneLine = string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        context.Error.WriteLine("claimdsl: " + oneLine);
        return ExitCodes.UsageOrIoProblem;
    }
}
