using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClaimDsl.Model;
using ClaimDsl.Semantics;

namespace ClaimDsl.Json;

/// <summary>
/// The model as JSON, and back: <c>{ "version": 1, "articles": [...], "entities": [...],
/// "claims": [...] }</c>. Records refer to each other by id (a claim's <c>speaker</c> is an
/// entity id), and reading rebuilds the references, so a claim's speaker is the very object in
/// the entity list. Property names are camelCase, kinds and ratings are the language's own
/// words (<c>mostly-true</c>, <c>agency</c>), days are <c>yyyy-MM-dd</c>. Output is
/// deterministic: the same set always gives the same bytes, on every platform.
/// The format is described in <c>docs/export.md</c>.
/// </summary>
public static class ClaimJson
{
    /// <summary>The version written to, and accepted from, the <c>version</c> property.</summary>
    public const int FormatVersion = 1;

    internal const string DayFormat = "yyyy-MM-dd";

    private const string MomentFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary>
    /// Escapes only what JSON itself needs (quotes, backslashes, control characters), so that
    /// texts stay readable in every script. This output is data, not for pasting into a web page
    /// unescaped; the ClaimReview export, which is, uses <see cref="HtmlSafeEncoder"/>.
    /// </summary>
    internal static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Also escapes &lt; &gt; &amp; ' + as \uXXXX, so the JSON can sit inside an HTML script element.</summary>
    internal static JavaScriptEncoder HtmlSafeEncoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The set as indented JSON text with LF line ends.</summary>
    public static string Serialize(ClaimSet set)
    {
        using var stream = new MemoryStream();
        Write(set, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the set as indented UTF-8 JSON (no byte-order mark) with LF line ends.</summary>
    public static void Write(ClaimSet set, Stream stream)
    {
        if (set is null) throw new ArgumentNullException(nameof(set));
        WriteDocument(stream, json => WriteSet(json, set));
    }

    /// <summary>Reads a set written by <see cref="Serialize"/>. Throws <see cref="ClaimJsonException"/> on anything else.</summary>
    public static ClaimSet Deserialize(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a set from UTF-8 JSON. Throws <see cref="ClaimJsonException"/> on anything else.</summary>
    public static ClaimSet Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray());
    }

    /// <summary>
    /// Runs <paramref name="write"/> on an indented writer and copies its output to
    /// <paramref name="stream"/> with LF line ends: before .NET 9 the writer always uses the
    /// platform's line end, which would make the bytes differ between Windows and Linux.
    /// </summary>
    internal static void WriteDocument(Stream stream, Action<Utf8JsonWriter> write, JavaScriptEncoder? encoder = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = encoder ?? Encoder }))
        {
            write(json);
        }
        var bytes = buffer.ToArray();
        for (int i = 0; i < bytes.Length; i++)
        {
            // Strings never hold a raw CR (the writer escapes it), so every CR is a line end.
            if (bytes[i] != (byte)'\r') stream.WriteByte(bytes[i]);
        }
        stream.WriteByte((byte)'\n');
    }

    internal static string Day(DateTime day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- writing

    private static void WriteSet(Utf8JsonWriter json, ClaimSet set)
    {
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteStartArray("articles");
        foreach (var article in set.Articles) WriteArticle(json, article);
        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var entity in set.Entities) WriteEntity(json, entity);
        json.WriteEndArray();
        json.WriteStartArray("claims");
        foreach (var claim in set.Claims) WriteClaim(json, claim);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        Optional(json, "title", article.Title);
        Optional(json, "outlet", article.Outlet?.Id);
        if (article.Published is { } published)
            json.WriteString("published", published.Moment is { } moment ? moment.ToString(MomentFormat, CultureInfo.InvariantCulture) : Day(published.Date));
        Optional(json, "url", article.Url);
        List(json, "bylines", article.Bylines);
        Optional(json, "textPath", article.TextPath);
        Optional(json, "note", article.Note);
        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("type", EntityTypes.NameOf(entity));
        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Name);
        List(json, "aliases", entity.Aliases);
        Optional(json, "note", entity.Note);
        switch (entity)
        {
            case Person person:
                Optional(json, "role", person.Role);
                Optional(json, "affiliation", person.Affiliation?.Id);
                break;
            case Organization org:
                json.WriteString("kind", OrgKinds.NameOf(org.Kind));
                Optional(json, "parent", org.Parent?.Id);
                break;
            case Group group:
                if (group.IsUnnamed) json.WriteBoolean("isUnnamed", true);
                Optional(json, "unnamedReason", group.UnnamedReason);
                Optional(json, "identifiedAs", group.IdentifiedAs?.Id);
                break;
        }
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("id", claim.Id);
        json.WriteString("article", claim.Article.Id);
        json.WriteString("speaker", claim.Speaker.Id);
        json.WriteStartObject("statement");
        json.WriteString("kind", StatementKinds.NameOf(claim.Statement.Kind));
        json.WriteString("text", claim.Statement.Text);
        json.WriteEndObject();
        if (claim.When is { } when) WriteDate(json, when);
        Optional(json, "place", claim.Place);
        if (claim.Audience is { } audience)
        {
            json.WriteStartObject("audience");
            if (audience.Entity is { } entity) json.WriteString("entity", entity.Id);
            else json.WriteString("description", audience.Description);
            json.WriteEndObject();
        }
        Optional(json, "context", claim.Context);
        if (claim.Sources.Count > 0)
        {
            json.WriteStartArray("sources");
            foreach (var source in claim.Sources)
            {
                json.WriteStartObject();
                if (source.IsDirect) json.WriteString("type", "direct");
                else
                {
                    json.WriteString("type", "relays");
                    List(json, "relays", source.Relays.Select(r => r.Id).ToValueList());
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (claim.Verdict is { } verdict)
        {
            json.WriteStartObject("verdict");
            json.WriteString("rating", verdict.Rating.Keyword());
            Optional(json, "explanation", verdict.Explanation);
            json.WriteEndObject();
        }
        List(json, "tags", claim.Tags);
        List(json, "evidence", claim.Evidence);
        Optional(json, "note", claim.Note);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, ClaimDate when)
    {
        json.WriteStartObject("when");
        switch (when)
        {
            case OnDay day:
                json.WriteString("type", "day");
                json.WriteString("date", Day(day.Date));
                break;
            case InMonth month:
                json.WriteString("type", "month");
                json.WriteNumber("year", month.Year);
                json.WriteNumber("month", month.Month);
                break;
            case InYear year:
                json.WriteString("type", "year");
                json.WriteNumber("year", year.Year);
                break;
            case OnWeekday weekday:
                json.WriteString("type", "weekday");
                json.WriteString("weekday", Dates.NameOf(weekday.Weekday));
                if (weekday.Date is { } resolved) json.WriteString("date", Day(resolved));
                break;
            case BetweenDates between:
                json.WriteString("type", "between");
                json.WriteString("from", Day(between.From));
                json.WriteString("to", Day(between.To));
                break;
            case VagueDate vague:
                json.WriteString("type", "vague");
                json.WriteString("phrase", vague.Phrase);
                break;
            default:
                throw new ArgumentException($"Unknown kind of date: {when.GetType().Name}.", nameof(when));
        }
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void List(Utf8JsonWriter json, string name, ValueList<string> values)
    {
        if (values.Count == 0) return;
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    // ---------------------------------------------------------------- reading

    private static ClaimSet Read(byte[] utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new ClaimJsonException($"This is not valid JSON{where}: {FirstSentence(e.Message)} Check the file was written by `claimdsl export --format json` and not cut short.", "$", e);
        }
        using (document)
        {
            return new JsonModelReader().ReadSet(new Node(document.RootElement, "$"));
        }
    }

    private static string FirstSentence(string message)
    {
        int stop = message.IndexOf(". ", StringComparison.Ordinal);
        return stop < 0 ? message : message.Substring(0, stop + 1);
    }

    /// <summary>Rebuilds records from the parsed document, resolving ids to the objects they name.</summary>
    private sealed class JsonModelReader
    {
        private readonly Dictionary<string, Node> _entityNodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
        private readonly List<string> _building = new();
        private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);

        public ClaimSet ReadSet(Node root)
        {
            root.ExpectProperties("the document", "version", "articles", "entities", "claims");
            var version = root.Required("version");
            if (version.Int() != FormatVersion)
                throw version.Error($"this file is version {version.Int()} of the claims JSON format; this version of ClaimDsl reads version {FormatVersion}.");

            var entityNodes = root.Required("entities").Items().ToList();
            foreach (var node in entityNodes)
            {
                var id = node.Required("id");
                string key = id.String();
                if (_entityNodes.ContainsKey(key)) throw id.Error($"the entity id `{key}` is used twice; ids must be unique.");
                _entityNodes[key] = node;
            }
            var entities = entityNodes.Select(n => Entity(n.Required("id"))).ToList();

            var articles = new List<Article>();
            foreach (var node in root.Required("articles").Items())
            {
                var article = ReadArticle(node);
                if (_articles.ContainsKey(article.Id)) throw node.Required("id").Error($"the article id `{article.Id}` is used twice; ids must be unique.");
                _articles[article.Id] = article;
                articles.Add(article);
            }

            var claims = new List<Claim>();
            var claimIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in root.Required("claims").Items())
            {
                var claim = ReadClaim(node);
                if (!claimIds.Add(claim.Id)) throw node.Required("id").Error($"the claim id `{claim.Id}` is used twice; ids must be unique.");
                claims.Add(claim);
            }
            return ClaimSet.FromRecords(claims, entities, articles);
        }

        /// <summary>The entity an id names, built once, after the entities it refers to.</summary>
        private Entity Entity(Node reference)
        {
            string id = reference.String();
            if (_entities.TryGetValue(id, out var built)) return built;
            if (!_entityNodes.TryGetValue(id, out var node))
                throw reference.Error($"there is no entity with the id `{id}` in \"entities\".");
            if (_building.Contains(id))
                throw reference.Error($"the entities {string.Join(" -> ", _building.Skip(_building.IndexOf(id)).Append(id))} refer to each other in a loop.");
            _building.Add(id);
            var entity = ReadEntity(node);
            _building.Remove(id);
            _entities[id] = entity;
            return entity;
        }

        private Entity ReadEntity(Node node)
        {
            var type = node.Required("type");
            string id = node.Required("id").String(), name = node.Required("name").String();
            var aliases = node.StringList("aliases");
            string? note = node.OptionalString("note");
            return type.String() switch
            {
                EntityTypes.Person => node.Build("person", new[] { "type", "id", "name", "aliases", "note", "role", "affiliation" }, () => new Person(id, name)
                {
                    Aliases = aliases,
                    Note = note,
                    Role = node.OptionalString("role"),
                    Affiliation = Organization(node.Optional("affiliation")),
                }),
                EntityTypes.Organization => node.Build("organization", new[] { "type", "id", "name", "aliases", "note", "kind", "parent" }, () => new Organization(id, name)
                {
                    Aliases = aliases,
                    Note = note,
                    Kind = OrgKind(node.Optional("kind")),
                    Parent = Organization(node.Optional("parent")),
                }),
                EntityTypes.Group => node.Build("group", new[] { "type", "id", "name", "aliases", "note", "isUnnamed", "unnamedReason", "identifiedAs" }, () => new Group(id, name)
                {
                    Aliases = aliases,
                    Note = note,
                    IsUnnamed = node.Optional("isUnnamed")?.Bool() ?? false,
                    UnnamedReason = node.OptionalString("unnamedReason"),
                    IdentifiedAs = node.Optional("identifiedAs") is { } who ? Entity(who) : null,
                }),
                var other => throw type.Error($"\"{other}\" is not a kind of entity; use \"person\", \"organization\" or \"group\"."),
            };
        }

        private Organization? Organization(Node? reference)
        {
            if (reference is null) return null;
            return Entity(reference) as Organization
                ?? throw reference.Error($"`{reference.String()}` must be an organization (an entity with \"type\": \"organization\").");
        }

        private static OrganizationKind OrgKind(Node? node)
        {
            if (node is null) return OrganizationKind.Other;
            string word = node.String();
            return OrgKinds.TryParse(word, out var kind) ? kind
                : throw node.Error($"\"{word}\" is not a kind of organization; use one of {string.Join(", ", OrgKinds.Names)}.");
        }

        private Article ReadArticle(Node node)
        {
            node.ExpectProperties("an article", "id", "title", "outlet", "published", "url", "bylines", "textPath", "note");
            string id = node.Required("id").String();
            return node.Build("article", null, () => new Article(id)
            {
                Title = node.OptionalString("title"),
                Outlet = Organization(node.Optional("outlet")),
                Published = node.Optional("published") is { } published ? Publication(published) : null,
                Url = node.OptionalString("url"),
                Bylines = node.StringList("bylines"),
                TextPath = node.OptionalString("textPath"),
                Note = node.OptionalString("note"),
            });
        }

        private static PublicationDate Publication(Node node)
        {
            string text = node.String();
            if (text.Length == DayFormat.Length) return new PublicationDate(node.Day());
            if (DateTimeOffset.TryParseExact(text, MomentFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                return new PublicationDate(moment.Date, moment);
            throw node.Error($"\"{text}\" is not a date (2016-10-06) or a date-time with its offset (2016-10-06T14:05:00+03:00).");
        }

        private Claim ReadClaim(Node node)
        {
            node.ExpectProperties("a claim", "id", "article", "speaker", "statement", "when", "place", "audience", "context", "sources", "verdict", "tags", "evidence", "note");
            string id = node.Required("id").String();
            var articleNode = node.Required("article");
            var article = _articles.TryGetValue(articleNode.String(), out var a) ? a
                : throw articleNode.Error($"there is no article with the id `{articleNode.String()}` in \"articles\".");
            var speaker = Entity(node.Required("speaker"));
            var statement = Statement(node.Required("statement"));
            return node.Build("claim", null, () => new Claim(id, article, speaker, statement)
            {
                When = node.Optional("when") is { } when ? Date(when) : null,
                Place = node.OptionalString("place"),
                Audience = node.Optional("audience") is { } audience ? Audience(audience) : null,
                Context = node.OptionalString("context"),
                Sources = (node.Optional("sources")?.Items() ?? Enumerable.Empty<Node>()).Select(Source).ToValueList(),
                Verdict = node.Optional("verdict") is { } verdict ? Verdict(verdict) : null,
                Tags = node.StringList("tags"),
                Evidence = node.StringList("evidence"),
                Note = node.OptionalString("note"),
            });
        }

        private static Statement Statement(Node node)
        {
            node.ExpectProperties("a statement", "kind", "text");
            var kind = node.Required("kind");
            string text = node.Required("text").String();
            return kind.String() switch
            {
                "quote" => node.Build("statement", null, () => Model.Statement.Quote(text)),
                "paraphrase" => node.Build("statement", null, () => Model.Statement.Paraphrase(text)),
                var other => throw kind.Error($"\"{other}\" is not a kind of statement; use \"quote\" or \"paraphrase\"."),
            };
        }

        private static ClaimDate Date(Node node)
        {
            var type = node.Required("type");
            switch (type.String())
            {
                case "day":
                    node.ExpectProperties("a day", "type", "date");
                    return new OnDay(node.Required("date").Day());
                case "month":
                    node.ExpectProperties("a month", "type", "year", "month");
                    var month = node.Required("month");
                    int m = month.Int();
                    if (m is < 1 or > 12) throw month.Error($"{m} is not a month; months go from 1 to 12.");
                    return new InMonth(Year(node.Required("year")), m);
                case "year":
                    node.ExpectProperties("a year", "type", "year");
                    return new InYear(Year(node.Required("year")));
                case "weekday":
                    node.ExpectProperties("a weekday", "type", "weekday", "date");
                    var weekday = node.Required("weekday");
                    if (!Dates.TryParseWeekday(weekday.String(), out var day))
                        throw weekday.Error($"\"{weekday.String()}\" is not a weekday; use one of {string.Join(", ", Dates.WeekdayNames)}.");
                    return new OnWeekday(day, node.Optional("date")?.Day());
                case "between":
                    node.ExpectProperties("a range of days", "type", "from", "to");
                    return new BetweenDates(node.Required("from").Day(), node.Required("to").Day());
                case "vague":
                    node.ExpectProperties("a vague date", "type", "phrase");
                    string phrase = node.Required("phrase").String();
                    return string.IsNullOrWhiteSpace(phrase) ? throw node.Required("phrase").Error("the phrase is empty.") : new VagueDate(phrase);
                default:
                    throw type.Error($"\"{type.String()}\" is not a kind of date; use day, month, year, weekday, between or vague.");
            }
        }

        private static int Year(Node node)
        {
            int year = node.Int();
            return year is >= 1 and <= 9999 ? year : throw node.Error($"{year} is not a year between 1 and 9999.");
        }

        private Audience Audience(Node node)
        {
            node.ExpectProperties("an audience", "entity", "description");
            if (node.Optional("entity") is { } entity) return new Audience(Entity(entity));
            var description = node.Required("description");
            return node.Build("audience", null, () => new Audience(description.String()));
        }

        private ClaimSource Source(Node node)
        {
            var type = node.Required("type");
            switch (type.String())
            {
                case "direct":
                    node.ExpectProperties("a direct source", "type");
                    return ClaimSource.Direct;
                case "relays":
                    node.ExpectProperties("a relay chain", "type", "relays");
                    var relays = node.Required("relays");
                    var chain = relays.Items().Select(Entity).ToValueList();
                    return chain.Count > 0 ? ClaimSource.Via(chain) : throw relays.Error("a relay chain needs at least one entity id; use {\"type\": \"direct\"} for on-the-record claims.");
                default:
                    throw type.Error($"\"{type.String()}\" is not a kind of source; use \"direct\" or \"relays\".");
            }
        }

        private static Verdict Verdict(Node node)
        {
            node.ExpectProperties("a verdict", "rating", "explanation");
            var rating = node.Required("rating");
            if (!Ratings.TryParse(rating.String(), out var value))
                throw rating.Error($"\"{rating.String()}\" is not a rating; use one of {string.Join(", ", Ratings.Keywords)}.");
            return new Verdict(value, node.OptionalString("explanation"));
        }
    }

    /// <summary>A JSON value and its path, with typed reads that fail with the path in the message.</summary>
    private sealed class Node
    {
        private readonly JsonElement _element;

        public Node(JsonElement element, string path)
        {
            _element = element;
            Path = path;
        }

        public string Path { get; }

        public ClaimJsonException Error(string problem) => new($"{Path}: {problem}", Path);

        public Node Required(string name) =>
            Optional(name) ?? throw Error($"\"{name}\" is missing.");

        public Node? Optional(string name)
        {
            ExpectKind(JsonValueKind.Object, "an object");
            return _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new Node(value, $"{Path}.{name}") : null;
        }

        public string? OptionalString(string name) => Optional(name)?.String();

        public ValueList<string> StringList(string name) =>
            Optional(name)?.Items().Select(item => item.String()).ToValueList() ?? ValueList<string>.Empty;

        public IEnumerable<Node> Items()
        {
            ExpectKind(JsonValueKind.Array, "an array");
            int index = 0;
            foreach (var item in _element.EnumerateArray()) yield return new Node(item, $"{Path}[{index++}]");
        }

        public string String()
        {
            ExpectKind(JsonValueKind.String, "a string");
            try
            {
                return _element.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw Error("this text holds a \\u escape for half of a character (a lone surrogate); escape both halves of the pair, or write the character itself.");
            }
        }

        public int Int()
        {
            ExpectKind(JsonValueKind.Number, "a whole number");
            return _element.TryGetInt32(out int value) ? value : throw Error($"{_element.GetRawText()} is not a whole number.");
        }

        public bool Bool() => _element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"expected true or false, found {Describe(_element.ValueKind)}."),
        };

        public DateTime Day()
        {
            string text = String();
            return DateTime.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw Error($"\"{text}\" is not a date written yyyy-MM-dd (like 2016-10-06).");
        }

        /// <summary>Fails on a property this object may not have: a misspelt name would otherwise lose data silently.</summary>
        public void ExpectProperties(string what, params string[] allowed)
        {
            ExpectKind(JsonValueKind.Object, what.StartsWith("the ", StringComparison.Ordinal) ? "an object" : what + " (an object)");
            foreach (var property in _element.EnumerateObject())
            {
                if (Array.IndexOf(allowed, property.Name) < 0)
                    throw Error($"\"{property.Name}\" is not a property of {what}; the properties are: {string.Join(", ", allowed)}.");
            }
        }

        /// <summary>Runs a record's constructor, turning its argument checks into a located error.</summary>
        public T Build<T>(string what, string[]? allowed, Func<T> build)
        {
            if (allowed is not null) ExpectProperties("a " + what, allowed);
            try
            {
                return build();
            }
            catch (ArgumentException e)
            {
                throw Error($"this {what} is not valid: {FirstSentence(e.Message)}");
            }
        }

        private void ExpectKind(JsonValueKind kind, string what)
        {
            if (_element.ValueKind != kind) throw Error($"expected {what}, found {Describe(_element.ValueKind)}.");
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true or false",
            _ => "null",
        };
    }
}

/// <summary>The JSON words for the kinds of entity.</summary>
internal static class EntityTypes
{
    public const string Person = "person", Organization = "organization", Group = "group";

    public static string NameOf(Entity entity) => entity switch
    {
        Model.Person => Person,
        Model.Organization => Organization,
        _ => Group,
    };
}

/// <summary>The JSON words for the kinds of statement.</summary>
internal static class StatementKinds
{
    public static string NameOf(StatementKind kind) => kind == StatementKind.Quote ? "quote" : "paraphrase";
}

/// <summary>JSON that is not a claim set: malformed, or missing or misnaming something. The message says where (a JSON path) and what to do.</summary>
public sealed class ClaimJsonException : Exception
{
    public ClaimJsonException(string message, string path, Exception? inner = null) : base(message, inner) => JsonPath = path;

    /// <summary>Where in the document the problem is, like <c>$.claims[3].speaker</c>.</summary>
    public string JsonPath { get; }
}
