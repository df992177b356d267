using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Semantics;
using Group = ClaimDsl.Model.Group;

namespace ClaimDsl.Tests.Conformance;

/// <summary>
/// The conformance suite's NDJSON projection, in one place: a checked file's bound model as one
/// JSON object per article, entity and claim, and its diagnostics as one object per finding.
/// The formats are specified in <c>tests/conformance/README.md</c>; the CLI and the generator
/// reuse them, so any change here is a change of that contract.
/// </summary>
public static class ConformanceWriter
{
    /// <summary>The word that stands for the suite's folder in messages that name a file by its full path.</summary>
    public const string SuitePlaceholder = "<suite>";

    private static readonly JsonWriterOptions Options = new()
    {
        // Non-ASCII text (typographic quotes, accents) stays readable; see EscapeInvisible for
        // the characters that must not.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>
    /// The model of <paramref name="document"/>: articles, then people, organisations and groups,
    /// then claims; each kind in declaration order (the checked file first, then its imports in
    /// the order they are reached, and by position within a file). Paths are relative to
    /// <paramref name="caseFolder"/>, with forward slashes.
    /// </summary>
    public static string Model(ClaimDocument document, string caseFolder)
    {
        var model = document.Model;
        var order = new DeclarationOrder(document.Compilation, model);
        var lines = new List<string>();
        foreach (var article in model.Articles.OrderBy(order.Key))
            lines.Add(Line(w => WriteArticle(w, article, FileOf(model, article, caseFolder))));
        foreach (var entity in model.Entities.OrderBy(order.Key))
            lines.Add(Line(w => WriteEntity(w, entity, FileOf(model, entity, caseFolder))));
        foreach (var claim in model.Claims.OrderBy(order.Key))
            lines.Add(Line(w => WriteClaim(w, claim, FileOf(model, claim, caseFolder))));
        return Join(lines);
    }

    /// <summary>
    /// The diagnostics in the library's order (file, position, code). File paths are relative to
    /// <paramref name="caseFolder"/>; a full path inside a message has <paramref name="suiteRoot"/>
    /// replaced by <see cref="SuitePlaceholder"/>, so expectations do not depend on the machine.
    /// </summary>
    public static string Diagnostics(IEnumerable<ClaimDiagnostic> diagnostics, string caseFolder, string suiteRoot)
    {
        var fullPath = new Regex(Regex.Escape(Path.GetFullPath(suiteRoot).TrimEnd(Path.DirectorySeparatorChar)) + @"(?<rest>[^`\s]*)");
        return Join(diagnostics.Select(d => Line(w =>
        {
            w.WriteString("code", d.Code);
            w.WriteString("severity", ClaimDiagnostic.SeverityName(d.Severity));
            w.WriteString("file", Relative(d.FilePath, caseFolder));
            w.WriteNumber("line", d.Span.StartLine);
            w.WriteNumber("column", d.Span.StartColumn);
            w.WriteNumber("endLine", d.Span.EndLine);
            w.WriteNumber("endColumn", d.Span.EndColumn);
            w.WriteString("message", fullPath.Replace(d.Message, m => SuitePlaceholder + m.Groups["rest"].Value.Replace('\\', '/')));
        })));
    }

    private static void WriteArticle(Utf8JsonWriter w, Article article, string? file)
    {
        w.WriteString("type", "article");
        w.WriteString("id", article.Id);
        w.WriteString("file", file);
        w.WriteString("title", article.Title);
        w.WriteString("outlet", article.Outlet?.Id);
        w.WriteString("published", article.Published is { } p ? Day(p.Date) : null);
        w.WriteString("publishedAt", article.Published?.Moment is { } m ? m.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null);
        w.WriteString("url", article.Url);
        Strings(w, "bylines", article.Bylines);
        w.WriteString("text", article.TextPath);
        w.WriteString("note", article.Note);
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity entity, string? file)
    {
        switch (entity)
        {
            case Person person:
                w.WriteString("type", "person");
                Common(person);
                w.WriteString("role", person.Role);
                w.WriteString("of", person.Affiliation?.Id);
                break;
            case Organization org:
                w.WriteString("type", "org");
                Common(org);
                w.WriteString("kind", OrgKinds.NameOf(org.Kind));
                w.WriteString("of", org.Parent?.Id);
                break;
            case Group group:
                w.WriteString("type", "group");
                Common(group);
                w.WriteBoolean("unnamed", group.IsUnnamed);
                w.WriteString("unnamedReason", group.UnnamedReason);
                w.WriteString("identifiedAs", group.IdentifiedAs?.Id);
                break;
            default:
                throw new ArgumentException($"The conformance format has no line for {entity.GetType().Name}.", nameof(entity));
        }
        Strings(w, "aliases", entity.Aliases);
        w.WriteString("note", entity.Note);

        void Common(Entity e)
        {
            w.WriteString("id", e.Id);
            w.WriteString("file", file);
            w.WriteString("name", e.Name);
        }
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim claim, string? file)
    {
        w.WriteString("type", "claim");
        w.WriteString("id", claim.Id);
        w.WriteString("file", file);
        w.WriteString("article", claim.Article.Id);
        w.WriteString("by", claim.Speaker.Id);
        w.WriteStartObject("statement");
        w.WriteString("kind", claim.Statement.Kind == StatementKind.Quote ? "quote" : "paraphrase");
        w.WriteString("text", claim.Statement.Text);
        w.WriteEndObject();
        WriteWhen(w, claim.When);
        w.WriteString("at", claim.Place);
        if (claim.Audience is { } audience)
        {
            w.WriteStartObject("to");
            if (audience.Entity is { } entity) w.WriteString("entity", entity.Id);
            else w.WriteString("text", audience.Description);
            w.WriteEndObject();
        }
        else w.WriteNull("to");
        w.WriteString("context", claim.Context);
        w.WriteStartArray("sources");
        foreach (var source in claim.Sources)
        {
            w.WriteStartObject();
            if (source.IsDirect) w.WriteString("kind", "direct");
            else
            {
                w.WriteString("kind", "relay");
                Strings(w, "chain", source.Relays.Select(r => r.Id));
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (claim.Verdict is { } verdict)
        {
            w.WriteStartObject("verdict");
            w.WriteString("rating", verdict.Rating.Keyword());
            w.WriteString("explanation", verdict.Explanation);
            w.WriteEndObject();
        }
        else w.WriteNull("verdict");
        Strings(w, "tags", claim.Tags);
        Strings(w, "evidence", claim.Evidence);
        w.WriteString("note", claim.Note);
    }

    private static void WriteWhen(Utf8JsonWriter w, ClaimDate? when)
    {
        if (when is null) { w.WriteNull("on"); return; }
        w.WriteStartObject("on");
        switch (when)
        {
            case OnDay day:
                w.WriteString("kind", "day");
                w.WriteString("date", Day(day.Date));
                break;
            case InMonth month:
                w.WriteString("kind", "month");
                w.WriteString("month", month.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + month.Month.ToString("00", CultureInfo.InvariantCulture));
                break;
            case InYear year:
                w.WriteString("kind", "year");
                w.WriteString("year", year.Year.ToString("0000", CultureInfo.InvariantCulture));
                break;
            case OnWeekday weekday:
                w.WriteString("kind", "weekday");
                w.WriteString("weekday", Dates.NameOf(weekday.Weekday));
                w.WriteString("date", weekday.Date is { } resolved ? Day(resolved) : null);
                break;
            case BetweenDates range:
                w.WriteString("kind", "between");
                w.WriteString("from", Day(range.From));
                w.WriteString("to", Day(range.To));
                break;
            case VagueDate vague:
                w.WriteString("kind", "vague");
                w.WriteString("phrase", vague.Phrase);
                break;
            default:
                throw new ArgumentException($"The conformance format has no form for {when.GetType().Name}.", nameof(when));
        }
        w.WriteEndObject();
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    private static string? FileOf(ClaimModel model, object record, string caseFolder) =>
        model.DeclarationOf(record) is { } declaration ? Relative(declaration.Tree.Path, caseFolder) : null;

    private static string Relative(string path, string caseFolder) =>
        path.Length == 0 ? "" : Path.GetRelativePath(caseFolder, path).Replace('\\', '/');

    private static string Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return EscapeInvisible(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// Writes characters a reader cannot see (format and control characters, line and paragraph
    /// separators, spaces other than U+0020) as <c>\uXXXX</c>, which the relaxed encoder leaves
    /// raw: an expectation file must show a zero-width space, not hide one. They can only occur
    /// inside JSON strings, where the escape means the same character.
    /// </summary>
    private static string EscapeInvisible(string json)
    {
        StringBuilder? escaped = null;
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            bool invisible = char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
                UnicodeCategory.SpaceSeparator => c != ' ',
                _ => false,
            };
            if (invisible) (escaped ??= new StringBuilder(json, 0, i, json.Length + 16)).Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else escaped?.Append(c);
        }
        return escaped?.ToString() ?? json;
    }

    /// <summary>One object a line, each line ended by \n (so an empty result is an empty file).</summary>
    private static string Join(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));

    /// <summary>Sorts records by where they are declared: file (in compilation order), then offset.</summary>
    private sealed class DeclarationOrder
    {
        private readonly Dictionary<string, int> _fileIndex = new(StringComparer.Ordinal);
        private readonly ClaimModel _model;

        public DeclarationOrder(Compilation compilation, ClaimModel model)
        {
            _model = model;
            for (int i = 0; i < compilation.Trees.Length; i++) _fileIndex.TryAdd(compilation.Trees[i].Path, i);
        }

        public (int File, int Offset) Key(object record) =>
            _model.DeclarationOf(record) is { } d ? (_fileIndex.TryGetValue(d.Tree.Path, out int i) ? i : int.MaxValue, d.Block.Span.Start) : (int.MaxValue, 0);
    }
}
