using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ClaimDsl.Model;
using ClaimDsl.Rules;
using ClaimDsl.Text;
using ClaimDsl.Writing;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClaimDsl.Import;

/// <summary>A row that could not become a claim: its number as a spreadsheet shows it (the header is row 1) and why.</summary>
public sealed record RejectedRow(int Row, string Reason)
{
    public override string ToString() => $"row {Row}: {Reason}";
}

/// <summary>What an import produced: the claim file's text, and the counts and rejected rows to report.</summary>
public sealed record CsvImportResult(string Text, int RowsRead, int ClaimsWritten, int SpeakersWritten, ImmutableArray<RejectedRow> Rejected);

/// <summary>
/// Turns a spreadsheet of claims (CSV, RFC 4180, UTF-8) into one claim file. Each row becomes
/// an article block (<c>row_2</c>, holding the row's url and where it came from) followed by its
/// claim: a data set row is one fact check of one statement, and the language files every claim
/// under an article. Speakers become people (or organisations or groups) declared once at the
/// top, matched by name ignoring case, accents of white space and quote styles. Rows that
/// cannot be mapped are reported with their row number and reason and left out; nothing is
/// dropped silently. See <c>docs/import.md</c>.
/// </summary>
public static class CsvClaimImporter
{
    /// <summary>The claim file name for a spreadsheet: <c>liar2-valid.csv</c> → <c>liar2-valid.claims</c>.</summary>
    public static string OutputFileName(string csvPath) => Path.GetFileNameWithoutExtension(csvPath) + ".claims";

    /// <summary>Reads and converts a file. Throws <see cref="CsvImportException"/> when the file as a whole cannot be used.</summary>
    public static CsvImportResult Import(string csvPath, CsvImportOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(csvPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CsvImportException($"`{csvPath}` could not be read: {e.Message}", e);
        }
        var (text, problem) = TextDecoding.Decode(bytes);
        if (problem is not null)
        {
            var (line, column) = new SourceText(text, csvPath).Position(problem.CharOffset);
            throw new CsvImportException(problem.IsBinary
                ? $"`{csvPath}` holds binary data (a NUL byte at line {line}), not CSV text. Check that the right file was named."
                : $"`{csvPath}` is not UTF-8 text (line {line}, column {column}). Save the spreadsheet as \"CSV UTF-8\" and import it again.");
        }
        using var reader = new StringReader(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        return Import(reader, Path.GetFileName(csvPath), options);
    }

    /// <summary>Converts CSV text; <paramref name="sourceName"/> names it in the file's notes.</summary>
    public static CsvImportResult Import(TextReader reader, string sourceName, CsvImportOptions options) =>
        new Conversion(sourceName, options).Run(reader);

    private sealed class Conversion
    {
        private readonly string _source;
        private readonly CsvImportOptions _options;
        private readonly ReadableIds _entityIds = new();
        private readonly ReadableIds _claimIds = new();
        private readonly Dictionary<string, int> _speakerIndex = new(StringComparer.Ordinal);
        private readonly List<(string Id, string Name, string? Role)> _speakers = new();
        private readonly List<(int Row, string Statement, int Speaker, ClaimDate? When, string? Context, Verdict? Verdict, string? Url, string? RowId, ValueList<string> Tags)> _rows = new();
        private readonly List<RejectedRow> _rejected = new();

        public Conversion(string source, CsvImportOptions options)
        {
            _source = source;
            _options = options;
        }

        public CsvImportResult Run(TextReader reader)
        {
            string? badField = null;
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = _options.Delimiter.ToString(),
                Mode = CsvMode.RFC4180,
                IgnoreBlankLines = false,
                BadDataFound = args => badField ??= args.Field,
            };
            using var parser = new CsvParser(reader, config);
            if (!parser.Read()) throw new CsvImportException($"`{_source}` is empty: it needs a header row naming its columns, then one row per claim.");
            var columns = ResolveColumns(parser.Record ?? Array.Empty<string>());

            int row = 1, rowsRead = 0;
            while (parser.Read())
            {
                row++;
                rowsRead++;
                var record = parser.Record ?? Array.Empty<string>();
                string? reason = badField is not null
                    ? "a double quote stands inside a field that does not start with one (put the whole field in double quotes and double the quotes inside)"
                    : record.Length != columns.Width
                        ? record.All(string.IsNullOrWhiteSpace) ? "the row is empty" : $"the row has {record.Length} fields but the header has {columns.Width}; a field may hold an unescaped comma or quote"
                        : MapRow(row, record, columns);
                badField = null;
                if (reason is not null) _rejected.Add(new RejectedRow(row, reason));
            }
            return Finish(rowsRead, columns);
        }

        private sealed record Columns(int Width, Dictionary<ImportField, int> Index, string Header);

        private Columns ResolveColumns(string[] header)
        {
            var index = new Dictionary<ImportField, int>();
            foreach (var pair in _options.Mapping.Columns)
            {
                var (field, name) = (pair.Key, pair.Value);
                int at = Array.FindIndex(header, h => string.Equals(h.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
                if (at < 0)
                    throw new CsvImportException($"`{_source}` has no column \"{name}\" (mapped to {field.ToString().ToLowerInvariant()}). Its columns are: {string.Join(", ", header.Select(h => "\"" + h + "\""))}.");
                index[field] = at;
            }
            return new Columns(header.Length, index, _options.Mapping.ToString());
        }

        /// <summary>Maps one row, or says why it cannot be.</summary>
        private string? MapRow(int row, string[] record, Columns columns)
        {
            string? Cell(ImportField field) =>
                columns.Index.TryGetValue(field, out int at) ? Clean(record[at]) : null;
            string Column(ImportField field) => "\"" + _options.Mapping.Columns[field] + "\"";

            string? statement = Cell(ImportField.Statement);
            if (statement is null) return $"the statement (column {Column(ImportField.Statement)}) is empty";
            string? speaker = Cell(ImportField.Speaker);
            if (speaker is null) return $"the speaker (column {Column(ImportField.Speaker)}) is empty";

            ClaimDate? when = null;
            if (Cell(ImportField.Date) is { } date)
            {
                when = ImportDates.Parse(date, _options.DateOrder);
                if (when is null)
                    return $"the date \"{date}\" (column {Column(ImportField.Date)}) is not a date the importer can read; write it like {ImportDates.Formats}"
                        + (_options.DateOrder == DateOrder.DayFirst && date.IndexOf('/') >= 0 ? " (numbers are read day first: for month first, import with the month-first date order)" : "");
            }

            Verdict? verdict = null;
            if (Cell(ImportField.Verdict) is { } rating)
            {
                if (!_options.Verdicts.TryMap(rating, out var value))
                    return $"the verdict \"{rating}\" (column {Column(ImportField.Verdict)}) is not a rating; map it to one of {string.Join(", ", Ratings.Keywords)} (for example `{rating}=false`)";
                verdict = new Verdict(value, Cell(ImportField.Explanation));
            }

            string? url = Cell(ImportField.Url);
            if (url is not null && !MalformedUrlRule.IsWebAddress(url))
                return $"the url \"{url}\" (column {Column(ImportField.Url)}) is not a complete web address starting with https:// or http://";

            var tags = (Cell(ImportField.Tags) ?? "").Split(';').Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToValueList();
            _rows.Add((row, statement, Speaker(speaker, Cell(ImportField.Role)), when, Cell(ImportField.Context), verdict, url, Cell(ImportField.Id), tags));
            return null;
        }

        /// <summary>The speaker's index, declaring it on first sight; names match ignoring case, accents of white space and quote styles.</summary>
        private int Speaker(string name, string? role)
        {
            string key = NameKey(name);
            if (_speakerIndex.TryGetValue(key, out int index))
            {
                if (_speakers[index].Role is null && role is not null) _speakers[index] = (_speakers[index].Id, _speakers[index].Name, role);
                return index;
            }
            _speakers.Add((_entityIds.Make(name, SpeakerPrefix()), name, role));
            _speakerIndex[key] = _speakers.Count - 1;
            return _speakers.Count - 1;
        }

        private CsvImportResult Finish(int rowsRead, Columns columns)
        {
            var speakers = _speakers.Select(s => MakeSpeaker(s.Id, s.Name, s.Role)).ToList();
            var entities = new List<Entity>(speakers);
            ClaimSource? source = DefaultSource(speakers, entities);

            var articles = new List<Article>();
            var claims = new List<Claim>();
            foreach (var r in _rows)
            {
                var speaker = speakers[r.Speaker];
                string idWords = r.RowId is { } rowId ? speaker.Id + " " + rowId : speaker.Id + " " + ReadableIds.FirstWords(r.Statement, 4);
                string claimId = _claimIds.Make(idWords, "claim");
                var article = new Article("row_" + r.Row.ToString(CultureInfo.InvariantCulture))
                {
                    Url = r.Url,
                    Note = $"Row {r.Row} of {_source}" + (r.RowId is null ? "." : $" (id {r.RowId})."),
                };
                articles.Add(article);
                claims.Add(new Claim(claimId, article, speaker, new Statement(_options.StatementKind, r.Statement))
                {
                    When = r.When,
                    Context = r.Context,
                    Sources = source is null ? ValueList<ClaimSource>.Empty : ValueList.Of(source),
                    Verdict = r.Verdict,
                    Tags = r.Tags,
                });
            }

            var rejected = _rejected.ToImmutableArray();
            string header = Header(rowsRead, claims.Count, rejected, columns);
            string text = ClaimFileWriter.Write(ClaimSet.FromRecords(claims, entities, articles), header);
            return new CsvImportResult(text, rowsRead, claims.Count, speakers.Count, rejected);
        }

        private ClaimSource? DefaultSource(List<Entity> speakers, List<Entity> entities)
        {
            string? id = _options.DefaultSource?.Trim();
            if (string.IsNullOrEmpty(id)) return null;
            if (id == "direct") return ClaimSource.Direct;
            if (!Identifiers.IsValid(id))
                throw new CsvImportException($"The default source \"{id}\" is not `direct` or a valid id (a letter or _, then letters, digits, _ or -).");
            var relay = speakers.FirstOrDefault(s => s.Id == id);
            if (relay is null)
            {
                relay = new Organization(id!, string.IsNullOrWhiteSpace(_options.DefaultSourceName) ? id! : _options.DefaultSourceName!);
                entities.Add(relay);
            }
            return ClaimSource.Via(relay);
        }

        private Entity MakeSpeaker(string id, string name, string? role) => _options.SpeakerKind switch
        {
            SpeakerKind.Organization => new Organization(id, name) { Note = role },
            SpeakerKind.Group => new Group(id, name) { Note = role },
            _ => new Person(id, name) { Role = role },
        };

        private string SpeakerPrefix() => _options.SpeakerKind switch
        {
            SpeakerKind.Organization => "org",
            SpeakerKind.Group => "group",
            _ => "person",
        };

        private string Header(int rowsRead, int claims, ImmutableArray<RejectedRow> rejected, Columns columns)
        {
            var lines = new List<string>
            {
                $"Imported from {_source} by claimdsl import csv.",
                $"Columns: {columns.Header}",
                $"Rows read: {rowsRead}; claims written: {claims}; rows left out: {rejected.Length} (row 1 is the header).",
            };
            lines.AddRange(rejected.Select(r => "  " + r));
            lines.Add(_options.DefaultSource is { } s
                ? $"Every claim is given `source {(s == "direct" ? "direct" : s)}` (the import's default source): check each one."
                : "The spreadsheet does not say how each claim was obtained: add a `source` line to each claim.");
            lines.Add(_options.StatementKind == StatementKind.Paraphrase
                ? "Statements are written as `paraphrase`: they are the data set's wording, not checked against an article."
                : "Statements are written as `says` (quotes).");
            return string.Join("\n", lines);
        }

        /// <summary>A cell's text: line breaks as LF, no surrounding white space; null when empty.</summary>
        private static string? Clean(string cell)
        {
            string text = cell.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
            return text.Length == 0 ? null : text;
        }

        /// <summary>The key speakers are matched by: compatibility-normalised, lower case, straight quotes, single spaces.</summary>
        private static string NameKey(string name)
        {
            var key = new StringBuilder();
            foreach (char c in name.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
            {
                char folded = c switch { '‘' or '’' => '\'', '“' or '”' => '"', _ => c };
                if (char.IsWhiteSpace(folded)) { if (key.Length > 0 && key[key.Length - 1] != ' ') key.Append(' '); }
                else key.Append(folded);
            }
            return key.ToString().Trim();
        }
    }
}
