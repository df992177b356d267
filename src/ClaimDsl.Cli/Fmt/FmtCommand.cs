using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using ClaimDsl.Cli.Files;
using ClaimDsl.Cli.Reports;
using ClaimDsl.Formatting;
using ClaimDsl.IO;
using ClaimDsl.Semantics;

namespace ClaimDsl.Cli.Fmt;

/// <summary>
/// <c>claimdsl fmt [PATH…] [--check]</c>: rewrites claim files into the canonical layout
/// (<c>docs/formatting.md</c>) through a temporary file and a rename. A file with syntax errors,
/// one that cannot be read and one that cannot be written are left exactly as they were and
/// reported; the other files are still formatted.
/// </summary>
public sealed class FmtCommand : ICliCommand
{
    public IReadOnlyList<CommandExample> Examples { get; } =
    [
        new("claimdsl fmt", "Format every .claims file in this folder and its subfolders:"),
        new("claimdsl fmt articles/aleppo.claims", "Format one file:"),
        new("claimdsl fmt --check", "In CI: list the files that are not formatted, change nothing, exit 1 if there are any:"),
    ];

    public Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (searched for *.claims, subfolders included) or glob patterns such as \"articles/**/*.claims\". Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the files that formatting would change, and exit with 1 if there are any.",
        };
        var command = new Command("fmt", "Rewrite claim files in the one canonical layout (indentation, spacing, blank lines); what they say never changes.")
        {
            paths, check,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(paths) ?? [], parseResult.GetValue(check)));
        return command;
    }

    /// <summary>What happened to the files, for the summary and the exit code.</summary>
    private sealed class Tally
    {
        public int Files, Changed, Unchanged, WithErrors, NotReadOrWritten;
    }

    /// <summary>Formats (or with <paramref name="checkOnly"/>, inspects) the files and returns the exit code.</summary>
    public static int Run(CliContext context, IReadOnlyList<string> paths, bool checkOnly)
    {
        var files = ClaimFileFinder.Find(paths, context.WorkingDirectory);
        var reportPaths = new ReportPaths(context.WorkingDirectory);
        IStyledWriter output = context.Terminal is { } terminal ? new TerminalWriter(terminal) : new PlainWriter(context.Output);
        var tally = new Tally { Files = files.Length };
        foreach (string file in files)
            FormatOne(context, file, checkOnly, reportPaths.Native(file), reportPaths, output, tally);
        WriteSummary(tally, checkOnly, output);

        // Not being able to read or write a file is the same kind of failure as in `check` (2);
        // syntax errors and files left unformatted are findings (1).
        if (tally.NotReadOrWritten > 0) return ExitCodes.UsageOrIoProblem;
        return tally.WithErrors > 0 || (checkOnly && tally.Changed > 0) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static void FormatOne(CliContext context, string file, bool checkOnly, string shownPath, ReportPaths reportPaths, IStyledWriter output, Tally tally)
    {
        string shown = ReportText.Visible(shownPath);
        var read = context.SourceProvider.Read(file);
        if (read.Text is null)
        {
            output.WriteLine($"{shown}: not formatted: {ReportText.Visible(read.Problem ?? "it could not be read.")}", Tone.Error);
            tally.NotReadOrWritten++;
            return;
        }
        var tree = ClaimWorkspace.Parse(read.Text, read.Decoding);
        var result = ClaimFormatter.Format(tree);
        switch (result.Status)
        {
            case FormatStatus.SyntaxErrors:
                foreach (var error in result.Errors)
                    TextReport.WriteDiagnostic(error, tree.Source, reportPaths, output);
                output.WriteLine($"{shown}: left unchanged because of {ReportText.Count(result.Errors.Length, "error")} above; fix {(result.Errors.Length == 1 ? "it" : "them")} and run `claimdsl fmt` again.", Tone.Error);
                tally.WithErrors++;
                break;
            case FormatStatus.Unchanged:
                tally.Unchanged++;
                break;
            case FormatStatus.Changed when checkOnly:
                output.WriteLine($"{shown}: would be reformatted", Tone.Warning);
                tally.Changed++;
                break;
            case FormatStatus.Changed:
                try
                {
                    SafeFileWriter.WriteAllText(file, result.Text!);
                    output.WriteLine($"{shown}: reformatted");
                    tally.Changed++;
                }
                catch (SafeWriteException e)
                {
                    output.WriteLine($"{shown}: not formatted: {ReportText.Visible(e.Message)}", Tone.Error);
                    tally.NotReadOrWritten++;
                }
                break;
        }
    }

    private static void WriteSummary(Tally tally, bool checkOnly, IStyledWriter output)
    {
        var parts = new List<string>
        {
            checkOnly ? $"{Number(tally.Changed)} would be reformatted" : $"{Number(tally.Changed)} reformatted",
            $"{Number(tally.Unchanged)} already formatted",
        };
        if (tally.WithErrors > 0) parts.Add($"{Number(tally.WithErrors)} left unchanged because of errors");
        if (tally.NotReadOrWritten > 0) parts.Add($"{Number(tally.NotReadOrWritten)} could not be {(checkOnly ? "read" : "read or written")}");
        var tone = tally.WithErrors + tally.NotReadOrWritten > 0 ? Tone.Error : checkOnly && tally.Changed > 0 ? Tone.Warning : Tone.Success;
        output.WriteLine($"{(checkOnly ? "Checked the layout of" : "Formatted")} {ReportText.Count(tally.Files, "file")}: {string.Join(", ", parts)}.", tone);
    }

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
