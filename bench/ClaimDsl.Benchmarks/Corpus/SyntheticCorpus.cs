using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimDsl.Model;
using ClaimDsl.Semantics;

namespace ClaimDsl.Benchmarks.Corpus;

/// <summary>
/// Makes synthetic articles shaped like real ones: an outlet, a news agency, a government and
/// its ministries, named people with roles and affiliations, unnamed groups, and 30-50 claims
/// each using every form the language has (quotes and paraphrases, every form of <c>on</c>,
/// audiences, relay chains, all nine ratings). The same seed always gives the same articles, on
/// any machine and in any culture. Ids carry the article's number, so every article is
/// self-contained and a corpus can be cut into files anywhere between articles.
/// </summary>
public sealed class SyntheticCorpus
{
    public const int DefaultSeed = 20161006;

    private static readonly DateTime FirstDay = new(2010, 1, 1);
    private const int DaySpan = 15 * 365;

    private readonly Random _random;

    public SyntheticCorpus(int seed = DefaultSeed) => _random = new Random(seed);

    /// <summary>An endless stream of articles; take as many as the wanted size needs.</summary>
    public IEnumerable<CorpusArticle> Articles()
    {
        for (int number = 1; ; number++) yield return Article(number);
    }

    private CorpusArticle Article(int number)
    {
        var published = FirstDay.AddDays(_random.Next(DaySpan));
        string suffix = "_" + number.ToString(CultureInfo.InvariantCulture);
        string country = Pick(Vocabulary.Countries);

        var outlet = new CorpusOrganization { Id = "outlet" + suffix, Name = Pick(Vocabulary.Outlets), Kind = "outlet" };
        var agency = new CorpusOrganization { Id = "agency" + suffix, Name = Pick(Vocabulary.Agencies), Kind = "agency", Note = Pick(Vocabulary.AgencyNotes) };
        var government = new CorpusOrganization { Id = "gov" + suffix, Name = "Government of " + country, Kind = "government", Aliases = new() { country } };
        var organizations = new List<CorpusOrganization> { outlet, agency, government };
        foreach (var ministry in Vocabulary.Ministries.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)))
        {
            organizations.Add(new CorpusOrganization
            {
                Id = Slug(ministry) + suffix,
                Name = country + " " + ministry,
                Kind = ministry.StartsWith("Defense", StringComparison.Ordinal) ? "military" : "government",
                Of = government.Id,
                Note = Chance(0.2) ? Sentence(6, 14) : null,
            });
        }

        var people = Vocabulary.Surnames.OrderBy(_ => _random.Next()).Take(_random.Next(4, 9)).Select(surname => new CorpusPerson
        {
            Id = Slug(surname) + suffix,
            Name = Pick(Vocabulary.FirstNames) + " " + surname,
            Role = Pick(Vocabulary.Roles),
            Of = Pick(organizations).Id,
            Aliases = Chance(0.7) ? new() { surname } : null,
            Note = Chance(0.15) ? Sentence(6, 16) : null,
        }).ToList();

        var groups = Vocabulary.GroupNames.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).Select((name, i) => new CorpusGroup
        {
            Id = "group" + (i + 1).ToString(CultureInfo.InvariantCulture) + suffix,
            Name = name,
            Unnamed = true,
            UnnamedReason = Chance(0.9) ? Pick(Vocabulary.UnnamedReasons) : null,
            IdentifiedAs = Chance(0.1) ? Pick(organizations).Id : null,
        }).ToList();

        var article = new CorpusArticle
        {
            Id = "article" + suffix,
            Title = Capitalize(Sentence(6, 12)),
            Outlet = outlet.Id,
            Published = Chance(0.2)
                ? published.AddMinutes(_random.Next(24 * 60)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + Offset()
                : Day(published),
            Url = $"https://{Slug(outlet.Name).Replace('_', '-')}.example.com/{published:yyyy'/'MM'/'dd}/{Slug(Sentence(3, 6)).Replace('_', '-')}",
            Byline = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Pick(Vocabulary.FirstNames) + " " + Pick(Vocabulary.Surnames)).ToList(),
            Note = Chance(0.1) ? Sentence(8, 20) : null,
            Organizations = organizations,
            People = people,
            Groups = groups,
        };

        int claims = _random.Next(30, 51);
        for (int k = 1; k <= claims; k++)
            article.Claims.Add(Claim("claim" + suffix + "_" + k.ToString(CultureInfo.InvariantCulture), published, article));
        return article;
    }

    private CorpusClaim Claim(string id, DateTime published, CorpusArticle article)
    {
        double who = _random.NextDouble();
        string speaker = who < 0.7 ? Pick(article.People).Id : who < 0.85 ? Pick(article.Groups).Id : Pick(article.Organizations).Id;
        string words = Statement();
        bool quote = Chance(0.65);
        var claim = new CorpusClaim
        {
            Id = id,
            By = speaker,
            Says = quote ? words : null,
            Paraphrase = quote ? null : words,
            At = Chance(0.6) ? Pick(Vocabulary.Places) : null,
            Context = Chance(0.5) ? Pick(Vocabulary.Contexts) : null,
            Note = Chance(0.1) ? Sentence(6, 18) : null,
        };

        double when = _random.NextDouble();
        if (when < 0.30) claim.On = Dates.WeekdayNames[_random.Next(7)];
        else if (when < 0.60) claim.On = Day(published.AddDays(-_random.Next(30)));
        else if (when < 0.70) claim.On = published.AddMonths(-_random.Next(6)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        else if (when < 0.75) claim.On = published.AddYears(-_random.Next(3)).ToString("yyyy", CultureInfo.InvariantCulture);
        else if (when < 0.85)
        {
            var to = published.AddDays(-_random.Next(60));
            claim.On = $"between {Day(to.AddDays(-_random.Next(1, 120)))} and {Day(to)}";
        }
        else if (when < 0.95) claim.OnPhrase = Pick(Vocabulary.VaguePhrases);

        double audience = _random.NextDouble();
        if (audience < 0.15) claim.To = Chance(0.5) ? article.Outlet : Pick(article.Organizations).Id;
        else if (audience < 0.30) claim.ToWords = Pick(Vocabulary.Audiences);

        int sources = Chance(0.8) ? 1 : 2;
        for (int s = 0; s < sources; s++) claim.Sources.Add(Source(article, speaker));

        if (Chance(0.7))
        {
            claim.Verdict = new CorpusVerdict
            {
                Rating = Ratings.Keywords[_random.Next(Ratings.Keywords.Count)],
                Explanation = Chance(0.85) ? Capitalize(Sentence(10, 30)) + "." : null,
            };
        }
        if (Chance(0.6)) claim.Tags = Vocabulary.Tags.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToList();
        if (Chance(0.4))
        {
            claim.Evidence = Enumerable.Range(0, _random.Next(1, 3))
                .Select(_ => $"https://{Pick(Vocabulary.Domains)}/{Slug(Sentence(2, 4)).Replace('_', '/')}?id={_random.Next(100000).ToString(CultureInfo.InvariantCulture)}")
                .ToList();
        }
        return claim;
    }

    /// <summary>
    /// <c>direct</c>, the agency, a group, or a relay chain read from the article outwards; a
    /// chain names each entity once and may end at the speaker, never pass through it.
    /// </summary>
    private CorpusSource Source(CorpusArticle article, string speaker)
    {
        double kind = _random.NextDouble();
        if (kind < 0.5) return new CorpusSource { Direct = true };
        string agency = article.Organizations[1].Id;
        if (kind < 0.75) return new CorpusSource { Via = new() { agency } };
        if (kind < 0.8) return new CorpusSource { Via = new() { Pick(article.Groups).Id } };
        var chain = new List<string> { agency };
        string middle = Pick(article.Organizations).Id;
        if (agency != speaker && middle != agency && middle != speaker) chain.Add(middle);
        if (agency != speaker && Chance(0.5)) chain.Add(speaker);
        return new CorpusSource { Via = chain };
    }

    /// <summary>8-40 words; some with typographic quotes, straight quotes or a backslash inside.</summary>
    private string Statement()
    {
        var words = Words(_random.Next(8, 41));
        double decoration = _random.NextDouble();
        if (decoration < 0.15) Wrap(words, "‘", "’");
        else if (decoration < 0.25) Wrap(words, "“", "”");
        else if (decoration < 0.32) Wrap(words, "\"", "\"");
        else if (decoration < 0.34) words[_random.Next(words.Count)] += " C:\\records";
        words[0] = Capitalize(words[0]);
        return string.Join(" ", words);
    }

    private void Wrap(List<string> words, string open, string close)
    {
        int start = _random.Next(words.Count), end = Math.Min(words.Count - 1, start + _random.Next(1, 5));
        words[start] = open + words[start];
        words[end] += close;
    }

    private string Sentence(int min, int max) => string.Join(" ", Words(_random.Next(min, max + 1)));

    private List<string> Words(int count)
    {
        var words = new List<string>(count);
        for (int i = 0; i < count; i++) words.Add(Pick(Vocabulary.Words));
        return words;
    }

    private string Offset()
    {
        if (Chance(0.2)) return "Z";
        int hours = _random.Next(-8, 10);
        return (hours < 0 ? "-" : "+") + Math.Abs(hours).ToString("00", CultureInfo.InvariantCulture) + ":00";
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>Lower-case letters and digits, other characters folded to <c>_</c>: usable as an id's stem.</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 128 && char.IsLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[slug.Length - 1] != '_') slug.Append('_');
        }
        string result = slug.ToString().Trim('_');
        return result.Length == 0 || !char.IsLetter(result[0]) ? "x" + result : result;
    }
}
