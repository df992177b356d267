using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using ClaimDsl.Cli.Check;
using ClaimDsl.Cli.Files;
using ClaimDsl.Cli.Reports;
using ClaimDsl.Export;

namespace ClaimDsl.Cli.Export;

/// <summary>
/// <c>claimdsl export [PATH…] --format json|claimreview|csv|markdown</c>: checks the files, then
/// writes what they mean in another format, to standard output or atomically to <c>--output</c>.
/// Files with errors are refused (exit 1) unless <c>--allow-errors</c>: an export that silently
/// lacks the claims that could not be built would look complete.
/// </summary>
public sealed class ExportCommand : ICliCommand
{
    public IReadOnlyList<CommandExample> Examples { get; } =
    [
        new("claimdsl export --format markdown --output report.md", "A readable report of every claim file in this folder:"),
        new("claimdsl export articles/aleppo.claims --format csv > aleppo.csv", "One file's claims as a spreadsheet:"),
        new("claimdsl export --format json --output claims.json", "The whole model as JSON, for programs:"),
        new("claimdsl export --format claimreview --publisher \"Fact Desk\" --publisher-url https://factdesk.example --output reviews.jsonld", "schema.org ClaimReview for every claim with a verdict:"),
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
            Description = "What to write: json (the whole model), claimreview (schema.org JSON-LD), csv (one row per claim), markdown (a report per article).",
            Required = true,
            HelpName = string.Join("|", ClaimExporter.FormatNames),
        };
        format.AcceptOnlyFromAmong([.. ClaimExporter.FormatNames]);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the export to this file (replaced in one step, never half-written) instead of the screen.",
            HelpName = "FILE",
        };
        var allowErrors = new Option<bool>("--allow-errors")
        {
            Description = "Export even when the files have errors: the claims that could be built are exported, the errors are shown on standard error, and the exit code is 0.",
        };
        var publisher = new Option<string?>("--publisher")
        {
            Description = "claimreview only (required there): the name of the fact-checking organisation that publishes the reviews.",
            HelpName = "NAME",
        };
        var publisherUrl = new Option<string?>("--publisher-url")
        {
            Description = "claimreview only (required there): the publisher's web address, starting with https://.",
            HelpName = "URL",
        };
        var reviewPage = new Option<string?>("--review-page")
        {
            Description = "claimreview only: the page that shows the reviews (each review's url is this page, # and the claim id). Default: the publisher's address.",
            HelpName = "URL",
        };
        var reviewDate = new Option<string?>("--review-date")
        {
            Description = "claimreview only: the day the reviews were published, as YYYY-MM-DD. Left out when not given.",
            HelpName = "YYYY-MM-DD",
        };

        var command = new Command("export", "Write the claims of checked files as JSON, schema.org ClaimReview, CSV or Markdown.")
        {
            paths, format, output, allowErrors, publisher, publisherUrl, reviewPage, reviewDate,
        };
        command.SetAction(parseResult =>
        {
            ClaimExporter.TryParseFormat(parseResult.GetValue(format)!, out var chosen);
            var options = new ExportOptions
            {
                ClaimReview = ReviewOptions(chosen, parseResult.GetValue(publisher), parseResult.GetValue(publisherUrl), parseResult.GetValue(reviewPage), parseResult.GetValue(reviewDate)),
            };
            return Run(context, parseResult.GetValue(paths) ?? [], chosen, options, parseResult.GetValue(output), parseResult.GetValue(allowErrors));
        });
        return command;
    }

    /// <summary>Checks the files, exports them, and returns the exit code.</summary>
    public static int Run(CliContext context, IReadOnlyList<string> paths, ExportFormat format, ExportOptions options, string? outputPath, bool allowErrors)
    {
        var files = ClaimFileFinder.Find(paths, context.WorkingDirectory);
        var (result, documents) = new CheckRunner(context).Load(files, new CheckSettings(ConfigPath: null, WarningsAsErrors: false, Threads: context.ProcessorCount));

        // The export itself may be on standard output, so whatever is said about the files goes to standard error.
        var error = new PlainWriter(context.Error);
        if (result.Errors > 0)
        {
            new TextReport().Write(result, new ReportPaths(context.WorkingDirectory), error);
            if (!allowErrors)
            {
                context.Error.WriteLine("claimdsl: Nothing was exported, because the files have errors (listed above). Fix them, or export the claims that could be built with --allow-errors.");
                return ExitCodes.ErrorsFound;
            }
        }

        ClaimSet set;
        try
        {
            set = ClaimSet.FromDocuments(documents);
        }
        catch (ClaimSetConflictException e)
        {
            context.Error.WriteLine("claimdsl: Nothing was exported. " + e.Message);
            return ExitCodes.ErrorsFound;
        }

        string text;
        try
        {
            text = ClaimExporter.Export(set, format, options);
        }
        catch (ExportException e)
        {
            throw new UsageException(e.Message);
        }

        if (outputPath is null)
        {
            context.Output.Write(text);
        }
        else
        {
            AtomicFile.WriteAllText(outputPath, text, context.WorkingDirectory);
            context.Output.WriteLine($"Exported {ReportText.Count(set.Claims.Length, "claim")} from {ReportText.Count(files.Length, "file")} to {outputPath}.");
        }
        return ExitCodes.Success;
    }

    /// <summary>The ClaimReview options, or null for other formats; options that only ClaimReview reads are refused elsewhere, so a typo is not ignored.</summary>
    private static ClaimReviewOptions? ReviewOptions(ExportFormat format, string? publisher, string? publisherUrl, string? reviewPage, string? reviewDate)
    {
        if (format != ExportFormat.ClaimReview)
        {
            var given = new[] { ("--publisher", publisher), ("--publisher-url", publisherUrl), ("--review-page", reviewPage), ("--review-date", reviewDate) }
                .Where(o => o.Item2 is not null).Select(o => o.Item1).ToList();
            if (given.Count > 0)
                throw new UsageException($"{string.Join(" and ", given)} {(given.Count == 1 ? "is" : "are")} only used with --format claimreview.");
            return null;
        }
        if (publisher is null || publisherUrl is null)
            throw new UsageException("The claimreview format needs the fact-checking organisation that publishes the reviews: give its name and web address, for example --publisher \"Fact Desk\" --publisher-url https://factdesk.example.");
        DateTime? published = null;
        if (reviewDate is not null)
        {
            if (!DateTime.TryParseExact(reviewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                throw new UsageException($"--review-date \"{reviewDate}\" is not a day written as YYYY-MM-DD, for example 2016-10-07.");
            published = day;
        }
        return new ClaimReviewOptions(publisher, publisherUrl) { PageUrl = reviewPage, DatePublished = published };
    }
}
