using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.VisualBasic.FileIO;

namespace ClaimDsl.Benchmarks.Corpus;

/// <summary>
/// The "real" corpus: PolitiFact's checked statements from the LIAR2 validation split
/// (<c>shared/data/liar2-valid.csv</c>), one article per fact-check, repeated with fresh ids
/// until the wanted size is reached. Each row becomes an article (PolitiFact as the outlet, the
/// statement's date as publication date), its speaker (a person, or an unnamed group for
/// "facebook posts", "viral image" and the like) and one claim with the ruling and its
/// justification. This is a benchmark's input, not the project's importer: it maps only what a
/// claim file needs, and counts the rows it cannot use.
/// </summary>
public sealed class Liar2Corpus
{
    // LIAR2 labels, lowest first: 0 = pants-fire, 1 = false, 2 = barely-true, 3 = half-true,
    // 4 = mostly-true, 5 = true. "barely-true" is PolitiFact's old name for mostly-false.
    private static readonly string[] RatingOfLabel = { "pants-on-fire", "false", "mostly-false", "half-true", "mostly-true", "true" };

    /// <summary>Speakers that are kinds of anonymous content rather than someone with a name.</summary>
    private static readonly string[] AnonymousSpeakerWords =
    {
        "posts", "image", "images", "bloggers", "email", "emails", "tweets", "video", "videos", "meme", "memes",
        "websites", "website", "users", "sites", "blog", "messages", "screenshot", "article", "ad",
    };

    private readonly IReadOnlyList<Row> _rows;

    private Liar2Corpus(IReadOnlyList<Row> rows, IReadOnlyDictionary<string, int> skipped)
    {
        _rows = rows;
        Skipped = skipped;
    }

    /// <summary>Rows that could not be used, by reason.</summary>
    public IReadOnlyDictionary<string, int> Skipped { get; }

    public int RowCount => _rows.Count;

    /// <summary>Reads the CSV file; rows that cannot become a claim are counted in <see cref="Skipped"/>.</summary>
    public static Liar2Corpus Read(string csvPath)
    {
        var rows = new List<Row>();
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var parser = new TextFieldParser(csvPath) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException($"{csvPath} is empty.");
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{csvPath} has no `{name}` column.");
        int id = Column("id"), label = Column("label"), statement = Column("statement"), date = Column("date"), subject = Column("subject"),
            speaker = Column("speaker"), description = Column("speaker_description"), state = Column("state_info"),
            context = Column("context"), justification = Column("justification");

        while (!parser.EndOfData)
        {
            string[]? fields;
            try { fields = parser.ReadFields(); }
            catch (MalformedLineException) { Count(skipped, "malformed CSV line"); continue; }
            if (fields is null || fields.Length != header.Length) { Count(skipped, "wrong number of fields"); continue; }

            string key = new(fields[id].Where(char.IsAsciiLetterOrDigit).ToArray());
            bool dated = DateTime.TryParseExact(fields[date].Trim(), "MMMM d, yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
            bool rated = int.TryParse(fields[label], NumberStyles.None, CultureInfo.InvariantCulture, out int rating) && rating < RatingOfLabel.Length;
            string? problem =
                key.Length == 0 ? "no id"
                : string.IsNullOrWhiteSpace(fields[statement]) ? "empty statement"
                : string.IsNullOrWhiteSpace(fields[speaker]) ? "empty speaker"
                : !dated ? "date not in the form \"July 28, 2022\""
                : !rated ? "unknown label"
                : null;
            if (problem is not null) { Count(skipped, problem); continue; }

            rows.Add(new Row(
                key, RatingOfLabel[rating], Blank(fields[statement])!, day,
                fields[subject].Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToList(),
                Blank(fields[speaker])!, Blank(fields[description]), Blank(fields[state]), Blank(fields[context]), Blank(fields[justification])));
        }
        return new Liar2Corpus(rows, skipped);
    }

    /// <summary>Every usable row as an article, then again with new ids, without end.</summary>
    public IEnumerable<CorpusArticle> Articles()
    {
        if (_rows.Count == 0) yield break;
        for (int round = 1; ; round++)
            foreach (var row in _rows) yield return Article(row, "_" + row.Id + "_" + round.ToString(CultureInfo.InvariantCulture));
    }

    private static CorpusArticle Article(Row row, string suffix)
    {
        string speakerId = SyntheticCorpus.Slug(row.Speaker) + suffix;
        string speakerName = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(row.Speaker);
        var politifact = new CorpusOrganization { Id = "politifact" + suffix, Name = "PolitiFact", Kind = "outlet" };
        var article = new CorpusArticle
        {
            Id = "factcheck" + suffix,
            Title = "Fact-check: " + speakerName,
            Outlet = politifact.Id,
            Published = row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Organizations = new() { politifact },
        };

        bool anonymous = row.Speaker.Split(' ').Any(word => AnonymousSpeakerWords.Contains(word, StringComparer.OrdinalIgnoreCase));
        if (anonymous)
            article.Groups.Add(new CorpusGroup { Id = speakerId, Name = row.Speaker, Unnamed = true, UnnamedReason = "PolitiFact does not name the author" });
        else
            article.People.Add(new CorpusPerson { Id = speakerId, Name = speakerName, Role = row.Description, Note = row.State is null ? null : "state: " + row.State });

        // PolitiFact words most statements as reported speech ("Says ..."): those are paraphrases.
        bool reported = row.Statement.StartsWith("Says ", StringComparison.Ordinal);
        article.Claims.Add(new CorpusClaim
        {
            Id = "claim" + suffix,
            By = speakerId,
            Says = reported ? null : row.Statement,
            Paraphrase = reported ? row.Statement : null,
            On = article.Published,
            Context = row.Context,
            Sources = new() { new CorpusSource { Direct = true } },
            Verdict = new CorpusVerdict { Rating = row.Rating, Explanation = row.Justification },
            Tags = row.Subjects.Count > 0 ? row.Subjects : null,
        });
        return article;
    }

    /// <summary>
    /// The field with CRLF line ends made LF and white space trimmed from the end of each line;
    /// null when nothing is left. YamlDotNet 18.1.0 does not write back a line that holds only a
    /// no-break space in a multi-line text the way it read it, so the YAML baseline would read
    /// other text than the .claims file holds; the fields mean the same without that white space.
    /// </summary>
    private static string? Blank(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd());
        string cleaned = string.Join("\n", lines).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static void Count(IDictionary<string, int> counts, string reason) => counts[reason] = counts.TryGetValue(reason, out int n) ? n + 1 : 1;

    private sealed record Row(string Id, string Rating, string Statement, DateTime Date, List<string> Subjects,
        string Speaker, string? Description, string? State, string? Context, string? Justification);
}
