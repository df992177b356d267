using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ClaimDsl.Model;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClaimDsl.Export;

/// <summary>
/// One row per claim, for spreadsheets: RFC 4180 (a header row, CRLF after every record, fields
/// holding a comma, a double quote, a CR or an LF are quoted, quotes inside doubled), UTF-8,
/// invariant culture. The header names can be given straight to <c>claimdsl import csv --map</c>.
/// </summary>
public static class CsvExporter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        "article", "claim_id", "speaker_id", "speaker_name", "kind", "text", "date", "place", "audience",
        "context", "sources", "verdict", "explanation", "tags", "evidence",
    };

    private static readonly CsvConfiguration Rfc4180 = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        ShouldQuote = args => args.Field is { } field && field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0,
    };

    public static string Export(ClaimSet set)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Rfc4180))
        {
            foreach (var column in Columns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var claim in set.Claims)
            {
                foreach (var field in Row(claim)) csv.WriteField(field);
                csv.NextRecord();
            }
        }
        return text.ToString();
    }

    private static IEnumerable<string> Row(Claim claim)
    {
        yield return claim.Article.Id;
        yield return claim.Id;
        yield return claim.Speaker.Id;
        yield return claim.Speaker.Name;
        yield return claim.Statement.Kind == StatementKind.Quote ? "quote" : "paraphrase";
        yield return claim.Statement.Text;
        yield return ClaimDates.Iso(claim.When);
        yield return claim.Place ?? "";
        yield return claim.Audience?.Text ?? "";
        yield return claim.Context ?? "";
        yield return string.Join("; ", claim.Sources.Select(s => s.IsDirect ? "direct" : string.Join(" <- ", s.Relays.Select(r => r.Id))));
        yield return claim.Verdict?.Rating.Keyword() ?? "";
        yield return claim.Verdict?.Explanation ?? "";
        yield return string.Join("; ", claim.Tags);
        yield return string.Join(" ", claim.Evidence);
    }
}
