using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace ClaimDsl.Reliability.Tests.Support;

/// <summary>A generated claim file, and what its article titles must read as once parsed.</summary>
public sealed record GeneratedDocument(string Text, IReadOnlyDictionary<string, string> TitleOf)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>
/// Claim files that use every construct of the language (articles with every line, each kind
/// of organisation, people, groups, claims with every line and every form of date, source and
/// verdict) and fill them with what breaks generated code: hostile texts written with the
/// language's escapes, and ids that are C# keywords, contextual keywords, names the generated
/// class uses, or that collide once written in PascalCase. Built from a stream of choices, so
/// that CsCheck shrinks a failure to a small file.
/// </summary>
public static class ValidDocuments
{
    /// <summary>Pieces of text: as written in the file, and what they mean.</summary>
    private static readonly (string Written, string Means)[] TextPieces =
    {
        ("plain words ", "plain words "),
        ("\\\"", "\""),
        ("\\\\", "\\"),
        ("*/", "*/"),
        ("/*", "/*"),
        ("// ", "// "),
        ("</summary>", "</summary>"),
        ("]]>", "]]>"),
        ("&amp; <b>", "&amp; <b>"),
        ("\\n#if DEBUG\\n", "\n#if DEBUG\n"),
        ("\\n#line 1 \\\"x.cs\\\"\\n", "\n#line 1 \"x.cs\"\n"),
        ("\\n#pragma warning disable\\n", "\n#pragma warning disable\n"),
        ("\\n\\t", "\n\t"),
        ("\\u000D", "\r"),
        ("\\u2028", "\u2028"),
        ("\\u2029", "\u2029"),
        ("\\u0000", "\0"),
        ("\\uD800", "\uD800"),
        ("\\uDC00", "\uDC00"),
        ("\\u202E", "\u202E"),
        ("\\u2066", "\u2066"),
        ("\\u200F", "\u200F"),
        ("\\u200B", "\u200B"),
        ("\\uFEFF", "\uFEFF"),
        ("\\u0085", "\u0085"),
        ("{0} {{x}} $\\\"{y}\\\" \\\"\\\"\\\"", "{0} {{x}} $\"{y}\" \"\"\""),
        ("é İı ß", "é İı ß"),
        ("日本語", "日本語"),
        ("😀", "😀"),
        ("“curly” ‘quotes’", "“curly” ‘quotes’"),
        (new string('x', 5000), new string('x', 5000)),
    };

    /// <summary>Ids that C# or the generated class care about, and ids that collide in PascalCase.</summary>
    private static readonly string[] NastyIds =
    {
        "class", "namespace", "int", "void", "return", "string", "object", "null", "true", "false", "this", "base",
        "operator", "event", "delegate", "static", "new", "default", "checked", "fixed",
        "var", "record", "value", "get", "set", "init", "async", "await", "nameof", "dynamic", "global", "partial",
        "yield", "when", "where", "file", "required", "scoped", "nint", "managed", "unmanaged", "args",
        "all", "article", "claims", "people", "organizations", "groups", "equals", "to_string", "get_hash_code",
        "get_type", "memberwise_clone", "finalize", "system", "claim_dsl", "test", "model",
        "a_b", "a-b", "a__b", "A_b", "ab", "x1", "x_1", "x-1", "_", "__", "_1", "é", "İstanbul", "istanbul", "日本",
    };

    private static readonly string[] OrgKinds = { "outlet", "agency", "government", "military", "ngo", "company", "other" };
    private static readonly string[] Ratings = { "true", "mostly-true", "half-true", "mostly-false", "false", "pants-on-fire", "misleading", "unproven" };
    private static readonly string[] Weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    public static Gen<GeneratedDocument> All { get; } = Gen.Int[0, 1 << 20].Array[0, 600].Select(choices => new Builder(choices).Build());

    private sealed class Builder
    {
        private readonly int[] _choices;
        private readonly StringBuilder _text = new();
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
        private int _next;

        public Builder(int[] choices) => _choices = choices;

        private int Pick(int count) => _next < _choices.Length ? _choices[_next++] % count : 0;

        private bool Maybe() => Pick(2) == 1;

        private string Id(string fallbackStem)
        {
            string id = Pick(3) > 0 ? NastyIds[Pick(NastyIds.Length)] : fallbackStem;
            if (!_used.Add(id))
            {
                int n = 2;
                while (!_used.Add(fallbackStem + "_" + n)) n++;
                id = fallbackStem + "_" + n;
            }
            return id;
        }

        /// <summary>
        /// A text as written, in quotes, and what it means: a word, then hostile pieces (a word
        /// first, because a text of invisible characters alone is rightly reported as empty).
        /// </summary>
        private (string Written, string Means) Text()
        {
            var written = new StringBuilder("\"T ");
            var means = new StringBuilder("T ");
            for (int i = 0, count = 1 + Pick(4); i < count; i++)
            {
                var piece = TextPieces[Pick(TextPieces.Length)];
                written.Append(piece.Written);
                means.Append(piece.Means);
            }
            return (written.Append('"').ToString(), means.ToString());
        }

        private string Texts() => string.Join(", ", Enumerable.Range(0, 1 + Pick(3)).Select(_ => Text().Written));

        private void Line(string line) => _text.Append(line).Append('\n');

        public GeneratedDocument Build()
        {
            var orgs = new List<string>();
            var people = new List<string>();
            var groups = new List<string>();
            string outlet = Id("outlet");
            orgs.Add(outlet);
            Line($"org {outlet} {Text().Written}");
            Line("  kind outlet");
            for (int i = 0, count = Pick(4); i < count; i++)
            {
                string id = Id("org");
                Line($"org {id} {Text().Written}");
                if (Maybe()) Line($"  kind {OrgKinds[Pick(OrgKinds.Length)]}");
                if (Maybe()) Line($"  of {orgs[Pick(orgs.Count)]}");
                if (Maybe()) Line($"  alias {Text().Written}");
                if (Maybe()) Line($"  note {Text().Written}");
                orgs.Add(id);
            }
            for (int i = 0, count = 1 + Pick(3); i < count; i++)
            {
                string id = Id("person");
                Line("");
                Line($"person {id} {Text().Written}");
                if (Maybe()) Line($"  role {Text().Written}");
                if (Maybe()) Line($"  of {orgs[Pick(orgs.Count)]}");
                if (Maybe()) Line($"  alias {Text().Written}");
                if (Maybe()) Line($"  note {Text().Written}");
                people.Add(id);
            }
            for (int i = 0, count = Pick(3); i < count; i++)
            {
                string id = Id("group");
                Line("");
                Line($"group {id} {Text().Written}");
                if (Maybe()) Line(Maybe() ? "  unnamed" : $"  unnamed {Text().Written}");
                if (Maybe()) Line($"  identified-as {(Maybe() ? people[Pick(people.Count)] : orgs[Pick(orgs.Count)])}");
                if (Maybe()) Line($"  alias {Text().Written}");
                groups.Add(id);
            }
            var speakers = people.Concat(groups).Concat(orgs).ToList();
            for (int a = 0, articles = 1 + Pick(2); a < articles; a++)
            {
                string article = Id("story");
                Line("");
                Line($"# article {a + 1}");
                Line($"article {article}");
                var title = Text();
                Line($"  title {title.Written}");
                _titles[article] = title.Means;
                Line($"  outlet {outlet}");
                Line(Maybe() ? "  published 2024-01-05" : "  published 2024-01-05T09:30+02:00");
                if (Maybe()) Line("  url \"https://example.org/news/2024/01/05/story?id=1&x=%22\"");
                if (Maybe()) Line($"  byline {Texts()}");
                if (Maybe()) Line($"  note {Text().Written}");
                for (int c = 0, claims = Pick(4); c < claims; c++)
                {
                    Line("");
                    Line($"claim {Id("claim")}");
                    Line($"  by {speakers[Pick(speakers.Count)]}");
                    Line($"  {(Maybe() ? "says" : "paraphrase")} {Text().Written}");
                    if (Maybe()) Line($"  on {When()}");
                    if (Maybe()) Line($"  at {Text().Written}");
                    if (Maybe()) Line($"  to {(Maybe() ? speakers[Pick(speakers.Count)] : Text().Written)}");
                    if (Maybe()) Line($"  context {Text().Written}");
                    Line(Maybe() ? "  source direct" : $"  source {Relays(orgs)}");
                    if (Maybe()) Line($"  verdict {Ratings[Pick(Ratings.Length)]}{(Maybe() ? " " + Text().Written : "")}");
                    if (Maybe()) Line($"  tag {Texts()}");
                    if (Maybe()) Line("  evidence \"https://example.org/evidence?q=1\"");
                    if (Maybe()) Line($"  note {Text().Written}");
                }
            }
            return new GeneratedDocument(_text.ToString(), _titles);
        }

        /// <summary>One organisation, or two different ones (a chain names each once).</summary>
        private string Relays(List<string> orgs)
        {
            int first = Pick(orgs.Count);
            if (orgs.Count < 2 || !Maybe()) return orgs[first];
            return orgs[first] + " via " + orgs[(first + 1 + Pick(orgs.Count - 1)) % orgs.Count];
        }

        private string When() => Pick(6) switch
        {
            0 => Weekdays[Pick(Weekdays.Length)],
            1 => "2024-01-0" + (1 + Pick(5)),
            2 => "2023-1" + Pick(3),
            3 => "20" + (10 + Pick(14)),
            4 => "between 2023-12-01 and 2024-01-0" + (1 + Pick(5)),
            _ => Text().Written,
        };
    }
}
