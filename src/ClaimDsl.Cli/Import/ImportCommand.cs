using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using ClaimDsl.Cli.Files;
using ClaimDsl.Cli.Reports;
using ClaimDsl.Import;

namespace ClaimDsl.Cli.Import;

/// <summary>
/// <c>claimdsl import csv FILE --map field=column,…</c>: turns a spreadsheet of claims into a
/// claim file (<c>docs/import.md</c>), written in one step into <c>--out</c>. Every row that could
/// not be imported is listed with its row number and reason, and makes the exit code 1.
/// </summary>
public sealed class ImportCommand : ICliCommand
{
    public IReadOnlyList<CommandExample> Examples { get; } =
    [
        new("claimdsl import csv claims.csv --map statement=Claim,speaker=Who,date=When,verdict=Rating", "Import a spreadsheet into claims.claims in this folder:"),
        new("claimdsl import csv liar2-valid.csv --liar2 --default-source direct --out imported", "Import the LIAR2 data set, every claim on the record, into the folder imported:"),
        new("claimdsl import csv ratings.csv --map statement=Text,speaker=Author,verdict=Score --verdicts Fake=false,Real=true", "Read the spreadsheet's own verdict words:"),
    ];

    public Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The spreadsheet, saved as CSV (UTF-8, a header row naming the columns, one row per claim).",
        };
        var map = new Option<string?>("--map")
        {
            Description = "Which column holds which field: statement and speaker are required; role, date, context, verdict, explanation, url, id and tags may be given. Column names ignore case.",
            HelpName = "field=column,...",
        };
        var liar2 = new Option<bool>("--liar2")
        {
            Description = "The columns and verdict labels (0-5) of the LIAR2 data set; replaces --map.",
        };
        var verdicts = new Option<string?>("--verdicts")
        {
            Description = "How the spreadsheet's verdict words become ratings, on top of the standard names (true, mostly-true, half-true, mostly-false, false, pants-on-fire, misleading, unproven, unverified).",
            HelpName = "value=rating,...",
        };
        var defaultSource = new Option<string?>("--default-source")
        {
            Description = "Give every claim this source: direct (on the record), or the id of whoever relayed them. Without it claims have no source, and `claimdsl check` reports that for each.",
            HelpName = "direct|ID",
        };
        var defaultSourceName = new Option<string?>("--default-source-name")
        {
            Description = "The name of the organisation declared for --default-source ID. Default: the id.",
            HelpName = "NAME",
        };
        var dateOrder = new Option<string>("--date-order")
        {
            Description = "How dates written with numbers only (07/08/2022) are read: day-first or month-first. A date impossible in that order is reported, never read the other way.",
            DefaultValueFactory = _ => "day-first",
            HelpName = "day-first|month-first",
        };
        dateOrder.AcceptOnlyFromAmong("day-first", "month-first");
        var delimiter = new Option<string>("--delimiter")
        {
            Description = "The character between fields: a comma, or for example ; (some spreadsheets in Europe use it).",
            DefaultValueFactory = _ => ",",
            HelpName = "CHAR",
        };
        delimiter.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not { Length: 1 }) result.AddError("--delimiter must be one character, for example --delimiter \";\".");
        });
        var outFolder = new Option<string?>("--out")
        {
            Description = "The folder to write the claim file into (created if missing). Default: the current folder.",
            HelpName = "DIR",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the claim file if it already exists (otherwise the import stops and changes nothing).",
        };

        var csv = new Command("csv", "Turn a CSV spreadsheet of claims into a .claims file named after it.")
        {
            file, map, liar2, verdicts, defaultSource, defaultSourceName, dateOrder, delimiter, outFolder, force,
        };
        csv.SetAction(parseResult =>
        {
            var options = Options(
                parseResult.GetValue(map), parseResult.GetValue(liar2), parseResult.GetValue(verdicts)) with
            {
                DefaultSource = parseResult.GetValue(defaultSource),
                DefaultSourceName = parseResult.GetValue(defaultSourceName),
                DateOrder = parseResult.GetValue(dateOrder) == "month-first" ? DateOrder.MonthFirst : DateOrder.DayFirst,
                Delimiter = parseResult.GetValue(delimiter)![0],
            };
            return Run(context, parseResult.GetValue(file)!, options, parseResult.GetValue(outFolder), parseResult.GetValue(force));
        });
        return new Command("import", "Bring claims from other tools into .claims files.") { csv };
    }

    /// <summary>Imports <paramref name="csvPath"/>, writes the claim file, prints the summary and rejected rows, returns the exit code.</summary>
    public static int Run(CliContext context, string csvPath, CsvImportOptions options, string? outFolder, bool force)
    {
        string source = FullPath(csvPath, context.WorkingDirectory);
        if (!File.Exists(source))
            throw new UsageException(Directory.Exists(source) ? $"`{csvPath}` is a folder; name the CSV file to import." : $"There is no file at `{csvPath}`.");
        string folder = FullPath(outFolder ?? ".", context.WorkingDirectory);
        if (File.Exists(folder)) throw new UsageException($"--out `{outFolder}` is a file; name a folder to write the claim file into.");
        string target = Path.Combine(folder, CsvClaimImporter.OutputFileName(source));
        string shownTarget = new ReportPaths(context.WorkingDirectory).Native(target);
        if (File.Exists(target) && !force)
            throw new UsageException($"`{shownTarget}` already exists and was left as it is. Import into another folder with --out, or replace it with --force.");

        CsvImportResult result;
        try
        {
            result = CsvClaimImporter.Import(source, options);
        }
        catch (CsvImportException e)
        {
            throw new UsageException(e.Message);
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The folder `{outFolder}` could not be created: {e.Message}");
        }
        AtomicFile.WriteAllText(target, result.Text, context.WorkingDirectory);

        context.Output.WriteLine(
            $"Read {ReportText.Count(result.RowsRead, "row")} from {Path.GetFileName(source)}: wrote {ReportText.Count(result.ClaimsWritten, "claim")} " +
            $"by {ReportText.Count(result.SpeakersWritten, "speaker")} to {shownTarget}; {ReportText.Count(result.Rejected.Length, "row")} rejected.");
        foreach (var rejected in result.Rejected)
            context.Output.WriteLine($"  row {rejected.Row.ToString(CultureInfo.InvariantCulture)}: {ReportText.Visible(rejected.Reason)}");
        return result.Rejected.IsEmpty ? ExitCodes.Success : ExitCodes.ErrorsFound;
    }

    /// <summary>The mapping from --map or --liar2 (exactly one), with --verdicts on top of the matching verdict words.</summary>
    private static CsvImportOptions Options(string? map, bool liar2, string? verdicts)
    {
        if (liar2 && map is not null) throw new UsageException("Give either --map or --liar2 (which is a ready-made --map), not both.");
        if (!liar2 && map is null)
            throw new UsageException("Say which column holds which field with --map, for example --map statement=Claim,speaker=Who,date=When (or --liar2 for the LIAR2 data set).");
        try
        {
            var mapping = liar2 ? CsvColumnMapping.Liar2 : CsvColumnMapping.Parse(map!);
            var verdictMapping = liar2 ? VerdictMapping.Liar2 : VerdictMapping.Standard;
            return new CsvImportOptions(mapping) { Verdicts = verdicts is null ? verdictMapping : verdictMapping.With(verdicts) };
        }
        catch (CsvImportException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static string FullPath(string path, string workingDirectory)
    {
        try
        {
            return Path.GetFullPath(path, workingDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"`{path}` is not a usable path: {e.Message}");
        }
    }
}
