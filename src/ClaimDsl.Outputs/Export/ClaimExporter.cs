using System;
using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Json;

namespace ClaimDsl.Export;

/// <summary>The formats <c>claimdsl export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>The whole model as JSON (<see cref="ClaimJson"/>).</summary>
    Json,
    /// <summary>schema.org ClaimReview JSON-LD for every claim with a verdict.</summary>
    ClaimReview,
    /// <summary>One row per claim, for spreadsheets.</summary>
    Csv,
    /// <summary>A readable report per article.</summary>
    Markdown,
}

/// <summary>What some formats need besides the claims.</summary>
public sealed record ExportOptions
{
    /// <summary>For <see cref="ExportFormat.ClaimReview"/> (required there): who publishes the reviews, and where.</summary>
    public ClaimReviewOptions? ClaimReview { get; init; }
}

/// <summary>Turns a set of checked claims into one of the <see cref="ExportFormat"/>s.</summary>
public static class ClaimExporter
{
    private static readonly (ExportFormat Format, string Name, string Extension)[] Table =
    {
        (ExportFormat.Json, "json", ".json"),
        (ExportFormat.ClaimReview, "claimreview", ".jsonld"),
        (ExportFormat.Csv, "csv", ".csv"),
        (ExportFormat.Markdown, "markdown", ".md"),
    };

    /// <summary>The names the command line accepts, in order: json, claimreview, csv, markdown.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>Reads a format name as typed on the command line (any case).</summary>
    public static bool TryParseFormat(string name, out ExportFormat format)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)) { format = row.Format; return true; }
        }
        format = default;
        return false;
    }

    /// <summary>The usual file extension of a format, with its dot.</summary>
    public static string ExtensionOf(ExportFormat format) => Table.First(t => t.Format == format).Extension;

    /// <summary>
    /// The export as text (LF line ends, except CSV's CRLF record ends). Throws
    /// <see cref="ExportException"/> when an option the format needs is missing or wrong.
    /// </summary>
    public static string Export(ClaimSet set, ExportFormat format, ExportOptions? options = null)
    {
        if (set is null) throw new ArgumentNullException(nameof(set));
        return format switch
        {
            ExportFormat.Json => ClaimJson.Serialize(set),
            ExportFormat.ClaimReview => ClaimReviewExporter.Export(set, options?.ClaimReview
                ?? throw new ExportException("The claimreview format needs the fact-checking organisation that publishes the reviews: give its name and web address (for example --publisher \"Fact Desk\" --publisher-url https://factdesk.example).")),
            ExportFormat.Csv => CsvExporter.Export(set),
            ExportFormat.Markdown => MarkdownExporter.Export(set),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}

/// <summary>An export could not be made as asked; the message says what to give or change.</summary>
public sealed class ExportException : Exception
{
    public ExportException(string message) : base(message)
    {
    }
}
