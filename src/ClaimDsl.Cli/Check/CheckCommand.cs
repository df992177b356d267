using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using ClaimDsl.Cli.Files;
using ClaimDsl.Cli.Reports;
using Spectre.Console;

namespace ClaimDsl.Cli.Check;

/// <summary>
/// <c>claimdsl check [PATH…]</c>: reads claim files (and what they import), runs every rule, and
/// reports the findings as text, JSON, SARIF or GitHub annotations. Exit code 1 when any error
/// remains after the configured severities.
/// </summary>
public sealed class CheckCommand : ICliCommand
{
    /// <summary>From this many files on, a terminal shows a progress bar; smaller runs end before it could be read.</summary>
    public const int ProgressThreshold = 50;

    public IReadOnlyList<CommandExample> Examples { get; } =
    [
        new("claimdsl check", "Check every .claims file in this folder and its subfolders:"),
        new("claimdsl check articles/aleppo.claims research/", "Check one file and one folder:"),
        new("claimdsl check \"articles/**/*.claims\"", "Check the files a pattern matches (quote it so the shell leaves it alone):"),
        new("claimdsl check --format sarif --output results.sarif", "Write SARIF for GitHub code scanning:"),
        new("claimdsl check --format github", "Annotate a pull request from a GitHub Actions step:"),
        new("claimdsl check --warnings-as-errors --config ci.globalconfig", "Fail on warnings too, with severities from a chosen file:"),
    ];

    public Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (searched for *.claims, subfolders included) or glob patterns such as \"articles/**/*.claims\". Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to write the findings: text (for people), json (for scripts), sarif (for code scanning), github (GitHub Actions annotations).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif|github",
        };
        format.AcceptOnlyFromAmong(ReportFormats.All.Select(f => f.Name).ToArray());
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file (replaced in one step, never half-written) instead of the screen.",
            HelpName = "FILE",
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Treat every warning as an error, so that warnings fail the check (exit code 1).",
        };
        var config = new Option<string?>("--config")
        {
            Description = "Read rule severities (dotnet_diagnostic.CLM010.severity = error|warning|suggestion|silent|none) from this file instead of the nearest .globalconfig.",
            HelpName = "FILE",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "How many files to check at once. Default: one per processor core. The report is the same for any number.",
            DefaultValueFactory = _ => context.ProcessorCount,
            HelpName = "N",
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--threads must be 1 or more.");
        });

        var command = new Command("check", "Check claim files and report every problem, with its file, line and column.")
        {
            paths, format, output, warningsAsErrors, config, threads,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetValue(paths) ?? [],
            ReportFormats.Named(parseResult.GetValue(format) ?? "text"),
            parseResult.GetValue(output),
            new CheckSettings(parseResult.GetValue(config), parseResult.GetValue(warningsAsErrors), parseResult.GetValue(threads))));
        return command;
    }

    /// <summary>Finds the files, checks them, writes the report, and returns the exit code.</summary>
    public static int Run(CliContext context, IReadOnlyList<string> paths, IReportFormat format, string? outputPath, CheckSettings settings)
    {
        var files = ClaimFileFinder.Find(paths, context.WorkingDirectory);
        var result = CheckWithProgress(context, files, settings with { KeepSourceText = format.QuotesSource });
        var reportPaths = new ReportPaths(context.WorkingDirectory);
        if (outputPath is null)
        {
            IStyledWriter screen = context.Terminal is { } terminal && format is TextReport ? new TerminalWriter(terminal) : new PlainWriter(context.Output);
            format.Write(result, reportPaths, screen);
        }
        else
        {
            var report = new StringWriter();
            format.Write(result, reportPaths, new PlainWriter(report));
            AtomicFile.WriteAllText(outputPath, report.ToString(), context.WorkingDirectory);
            TextReport.WriteSummary(result, context.Terminal is { } terminal ? new TerminalWriter(terminal) : new PlainWriter(context.Output));
        }
        return result.ExitCode;
    }

    private static CheckResult CheckWithProgress(CliContext context, ImmutableArray<string> files, CheckSettings settings)
    {
        var runner = new CheckRunner(context);
        bool showProgress = context.Terminal is not null && !context.IsContinuousIntegration && files.Length >= ProgressThreshold;
        if (!showProgress) return runner.Run(files, settings);
        CheckResult? result = null;
        context.Terminal!.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"Checking {files.Length} claim files", maxValue: files.Length);
                result = runner.Run(files, settings, () => task.Increment(1));
            });
        return result!;
    }
}
