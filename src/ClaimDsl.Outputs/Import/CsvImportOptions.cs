using System;
using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Model;

namespace ClaimDsl.Import;

/// <summary>What a spreadsheet column can hold.</summary>
public enum ImportField
{
    /// <summary>What was said (required).</summary>
    Statement,
    /// <summary>Who said it (required).</summary>
    Speaker,
    /// <summary>The speaker's role or description; the first one given for a speaker is kept.</summary>
    Role,
    /// <summary>When it was said.</summary>
    Date,
    /// <summary>The occasion or venue ("a tweet", "an interview on CNN").</summary>
    Context,
    /// <summary>The rating, read through the <see cref="VerdictMapping"/>.</summary>
    Verdict,
    /// <summary>Why the rating was given.</summary>
    Explanation,
    /// <summary>Where the claim or its fact check can be read: the row's article's <c>url</c>.</summary>
    Url,
    /// <summary>The row's own id, used in the claim id and the article's note.</summary>
    Id,
    /// <summary>Topics, separated by semicolons.</summary>
    Tags,
}

/// <summary>
/// Which column holds which field: <c>statement=statement,speaker=speaker,date=date</c>. Field
/// names are those of <see cref="ImportField"/> in lower case (also <c>speaker-role</c> for role,
/// <c>venue</c> for context, <c>subject</c> for tags); column names are matched against the
/// header ignoring case and surrounding spaces.
/// </summary>
public sealed class CsvColumnMapping
{
    private static readonly Dictionary<string, ImportField> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["statement"] = ImportField.Statement,
        ["speaker"] = ImportField.Speaker,
        ["role"] = ImportField.Role,
        ["speaker-role"] = ImportField.Role,
        ["speaker_role"] = ImportField.Role,
        ["date"] = ImportField.Date,
        ["context"] = ImportField.Context,
        ["venue"] = ImportField.Context,
        ["verdict"] = ImportField.Verdict,
        ["explanation"] = ImportField.Explanation,
        ["url"] = ImportField.Url,
        ["id"] = ImportField.Id,
        ["tags"] = ImportField.Tags,
        ["subject"] = ImportField.Tags,
    };

    public CsvColumnMapping(IReadOnlyDictionary<ImportField, string> columns)
    {
        foreach (var required in new[] { ImportField.Statement, ImportField.Speaker })
        {
            if (!columns.ContainsKey(required))
                throw new CsvImportException($"The column mapping must say which column holds the {required.ToString().ToLowerInvariant()}, for example `{required.ToString().ToLowerInvariant()}=<column name>`.");
        }
        Columns = columns;
    }

    /// <summary>The column name for each mapped field.</summary>
    public IReadOnlyDictionary<ImportField, string> Columns { get; }

    /// <summary>
    /// The mapping of the LIAR2 data set's columns: statement, speaker, speaker_description (role),
    /// date, context, label (verdict, with <see cref="VerdictMapping.Liar2"/>), justification
    /// (explanation), id, subject (tags).
    /// </summary>
    public static CsvColumnMapping Liar2 { get; } = Parse(
        "statement=statement,speaker=speaker,role=speaker_description,date=date,context=context,verdict=label,explanation=justification,id=id,tags=subject");

    /// <summary>Reads <c>field=column,field=column,…</c>; throws <see cref="CsvImportException"/> saying what is wrong.</summary>
    public static CsvColumnMapping Parse(string text)
    {
        var columns = new Dictionary<ImportField, string>();
        foreach (var pair in (text ?? "").Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            int equals = pair.IndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1)
                throw new CsvImportException($"`{pair}` in the column mapping is not `field=column`. For example: statement=Claim,speaker=Who,date=Date.");
            string name = pair.Substring(0, equals).Trim(), column = pair.Substring(equals + 1).Trim();
            if (!FieldNames.TryGetValue(name, out var field))
                throw new CsvImportException($"`{name}` is not a field the importer knows. The fields are: {string.Join(", ", Enum.GetNames(typeof(ImportField)).Select(n => n.ToLowerInvariant()))}.");
            if (columns.ContainsKey(field))
                throw new CsvImportException($"The column mapping names a column for `{field.ToString().ToLowerInvariant()}` twice; keep one.");
            columns[field] = column;
        }
        return new CsvColumnMapping(columns);
    }

    /// <summary>The mapping written back as <c>field=column,…</c>.</summary>
    public override string ToString() => string.Join(",", Columns.OrderBy(c => c.Key).Select(c => c.Key.ToString().ToLowerInvariant() + "=" + c.Value));
}

/// <summary>How to read a date written with numbers only, like 07/08/2022.</summary>
public enum DateOrder
{
    /// <summary>Day first: 28/07/2022 (most of the world).</summary>
    DayFirst,
    /// <summary>Month first: 07/28/2022 (the United States).</summary>
    MonthFirst,
}

/// <summary>What kind of entity speakers become; a spreadsheet does not say.</summary>
public enum SpeakerKind
{
    Person,
    Organization,
    Group,
}

/// <summary>How <see cref="CsvClaimImporter"/> turns rows into claims.</summary>
public sealed record CsvImportOptions(CsvColumnMapping Mapping)
{
    /// <summary>How verdict cells become ratings.</summary>
    public VerdictMapping Verdicts { get; init; } = VerdictMapping.Standard;

    /// <summary>
    /// The source given to every claim: <c>direct</c>, or the id of whoever relayed them (an
    /// organisation of that id is declared, named <see cref="DefaultSourceName"/>, unless a speaker
    /// has the id). Null (the default) gives no source: a spreadsheet does not say how each claim
    /// was obtained, and <c>claimdsl check</c> will rightly report CLM010 for every claim.
    /// </summary>
    public string? DefaultSource { get; init; }

    /// <summary>The name of the organisation declared for an id given as <see cref="DefaultSource"/>.</summary>
    public string? DefaultSourceName { get; init; }

    /// <summary>
    /// <see cref="StatementKind.Paraphrase"/> (the default): fact-check data sets hold statements
    /// in the checker's words and there is no article text to check a quote against.
    /// </summary>
    public StatementKind StatementKind { get; init; } = StatementKind.Paraphrase;

    public DateOrder DateOrder { get; init; } = DateOrder.DayFirst;

    public SpeakerKind SpeakerKind { get; init; } = SpeakerKind.Person;

    /// <summary>The field separator: comma, or for example ';' for spreadsheets saved in some European locales.</summary>
    public char Delimiter { get; init; } = ',';
}

/// <summary>
/// Verdict cells to ratings. <see cref="Standard"/> reads the language's rating names in any
/// case, with spaces or underscores for hyphens, and PolitiFact's words (<c>pants-fire</c>,
/// <c>barely-true</c> as mostly-false). <see cref="Liar2"/> adds the LIAR2 labels 0–5.
/// </summary>
public sealed class VerdictMapping
{
    private readonly Dictionary<string, Rating> _values;

    private VerdictMapping(Dictionary<string, Rating> values) => _values = values;

    public static VerdictMapping Standard { get; } = new(StandardValues());

    /// <summary>LIAR2 labels: 0 pants-on-fire, 1 false, 2 mostly-false ("barely-true"), 3 half-true, 4 mostly-true, 5 true.</summary>
    public static VerdictMapping Liar2 { get; } = Standard.With("0=pants-on-fire,1=false,2=mostly-false,3=half-true,4=mostly-true,5=true");

    /// <summary>This mapping plus <c>value=rating,…</c> pairs (which win over it).</summary>
    public VerdictMapping With(string pairs)
    {
        var values = new Dictionary<string, Rating>(_values, StringComparer.Ordinal);
        foreach (var pair in (pairs ?? "").Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            int equals = pair.LastIndexOf('=');
            if (equals <= 0 || !Ratings.TryParse(pair.Substring(equals + 1).Trim(), out var rating))
                throw new CsvImportException($"`{pair}` in the verdict mapping is not `value=rating` with one of the ratings {string.Join(", ", Ratings.Keywords)}.");
            values[Normalize(pair.Substring(0, equals))] = rating;
        }
        return new VerdictMapping(values);
    }

    public bool TryMap(string cell, out Rating rating) => _values.TryGetValue(Normalize(cell), out rating);

    private static Dictionary<string, Rating> StandardValues()
    {
        var values = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var keyword in Ratings.Keywords)
        {
            Ratings.TryParse(keyword, out var rating);
            values[keyword] = rating;
        }
        values["pants-fire"] = Rating.PantsOnFire;
        values["barely-true"] = Rating.MostlyFalse;
        return values;
    }

    private static string Normalize(string value) =>
        string.Join("-", value.Trim().TrimEnd('!').ToLowerInvariant().Split(new[] { ' ', '_', '-' }, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The spreadsheet or the options cannot be used at all (as opposed to single rows, which are reported and skipped).</summary>
public sealed class CsvImportException : Exception
{
    public CsvImportException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
