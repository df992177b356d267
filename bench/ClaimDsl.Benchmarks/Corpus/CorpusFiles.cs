using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ClaimDsl.Benchmarks.Corpus;

/// <summary>
/// A corpus by kind and size: <c>synthetic-10MB</c> is 10,000,000 bytes (or a little more: the
/// last article is always whole) of synthetic <c>.claims</c>, plus the same articles as YAML and JSON.
/// </summary>
public sealed record CorpusSpec(string Kind, int Megabytes)
{
    public const string Synthetic = "synthetic", Liar2 = "liar2";

    public string Name => $"{Kind}-{Megabytes.ToString(CultureInfo.InvariantCulture)}MB";

    public long TargetBytes => Megabytes * 1_000_000L;

    public override string ToString() => Name;

    /// <summary>Reads a name such as <c>synthetic-10MB</c> or <c>liar2-1MB</c>.</summary>
    public static CorpusSpec Parse(string name)
    {
        int dash = name.LastIndexOf('-');
        string kind = dash > 0 ? name.Substring(0, dash) : "";
        string size = dash > 0 && name.EndsWith("MB", StringComparison.Ordinal) ? name.Substring(dash + 1, name.Length - dash - 3) : "";
        if (kind is not (Synthetic or Liar2) || !int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out int megabytes) || megabytes < 1)
            throw new ArgumentException($"`{name}` is not a corpus name. Write the kind ({Synthetic} or {Liar2}), a dash and a whole number of megabytes, like {Synthetic}-10MB.");
        return new CorpusSpec(kind, megabytes);
    }
}

/// <summary>The three files of a corpus, holding the same articles.</summary>
public enum InputFormat
{
    Claims,
    Yaml,
    Json,
}

/// <summary>
/// Where corpora live (<c>bench/corpus/</c>, git-ignored; <c>CLAIMDSL_BENCH_CORPUS</c> moves
/// it) and how a missing one is made. Files are written under a temporary name and renamed at
/// the end, so an interrupted run never leaves half a corpus that looks whole.
/// </summary>
public static class CorpusFiles
{
    /// <summary>The seed of the .claims writer's layout choices (comments, line breaks, escapes).</summary>
    internal const int LayoutSeed = 7;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable("CLAIMDSL_BENCH_CORPUS") is { Length: > 0 } overridden
            ? Path.GetFullPath(overridden)
            : Path.Combine(RepositoryRoot, "bench", "corpus");

    /// <summary>
    /// The LIAR2 CSV: <c>CLAIMDSL_LIAR2_CSV</c>, else <c>shared/data/liar2-valid.csv</c> next to
    /// the repository (or next to the folder holding it, for a git worktree); null when absent.
    /// </summary>
    public static string? Liar2Csv { get; } = FindLiar2Csv();

    public static string PathOf(CorpusSpec spec, InputFormat format) =>
        Path.Combine(Folder, spec.Name + "." + format.ToString().ToLowerInvariant());

    public static string ClaimsPath(CorpusSpec spec) => PathOf(spec, InputFormat.Claims);

    public static string YamlPath(CorpusSpec spec) => PathOf(spec, InputFormat.Yaml);

    public static string JsonPath(CorpusSpec spec) => PathOf(spec, InputFormat.Json);

    public static bool Exists(CorpusSpec spec) => Enum.GetValues<InputFormat>().All(format => File.Exists(PathOf(spec, format)));

    /// <summary>Makes the corpus unless all three of its files are already there. Returns false, having said why, when it cannot.</summary>
    public static bool Ensure(CorpusSpec spec, TextWriter log)
    {
        if (Exists(spec)) return true;
        IEnumerable<CorpusArticle> articles;
        if (spec.Kind == CorpusSpec.Liar2)
        {
            if (Liar2Csv is null)
            {
                log.WriteLine($"Cannot make {spec.Name}: liar2-valid.csv was not found in shared/data next to the repository. Set CLAIMDSL_LIAR2_CSV to its path.");
                return false;
            }
            var liar2 = Liar2Corpus.Read(Liar2Csv);
            log.WriteLine($"{spec.Name}: {liar2.RowCount} rows of {Liar2Csv} used" +
                (liar2.Skipped.Count == 0 ? "." : "; left out: " + string.Join(", ", liar2.Skipped.Select(s => $"{s.Value} ({s.Key})")) + "."));
            if (liar2.RowCount == 0) return false;
            articles = liar2.Articles();
        }
        else
        {
            articles = new SyntheticCorpus().Articles();
        }
        Write(spec, articles, log);
        return true;
    }

    private static void Write(CorpusSpec spec, IEnumerable<CorpusArticle> articles, TextWriter log)
    {
        Directory.CreateDirectory(Folder);
        var started = DateTime.UtcNow;
        string claimsTemp = ClaimsPath(spec) + ".partial", yamlTemp = YamlPath(spec) + ".partial", jsonTemp = JsonPath(spec) + ".partial";
        int articleCount = 0, claimCount = 0;
        using (var claimsFile = new FileStream(claimsTemp, FileMode.Create))
        using (var claimsText = new StreamWriter(claimsFile, new UTF8Encoding(false)))
        using (var yamlText = new StreamWriter(yamlTemp, false, new UTF8Encoding(false)))
        using (var jsonFile = new FileStream(jsonTemp, FileMode.Create))
        using (var json = new Utf8JsonWriter(jsonFile, CorpusFormats.JsonWriting))
        {
            var claims = new ClaimsWriter(claimsText, LayoutSeed);
            var yaml = CorpusFormats.YamlSerializer();
            yamlText.NewLine = "\n";
            yamlText.WriteLine("articles:");
            json.WriteStartObject();
            json.WritePropertyName("articles");
            json.WriteStartArray();
            foreach (var article in articles)
            {
                claims.Write(article);
                // One article at a time keeps memory flat even for 100 MB; a one-item list
                // serialises as one "- ..." entry of the top-level articles sequence.
                yaml.Serialize(yamlText, new[] { article });
                JsonSerializer.Serialize(json, article, CorpusJsonContext.Default.CorpusArticle);
                articleCount++;
                claimCount += article.Claims.Count;
                claimsText.Flush();
                if (claimsFile.Length >= spec.TargetBytes) break;
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        File.Move(claimsTemp, ClaimsPath(spec), overwrite: true);
        File.Move(yamlTemp, YamlPath(spec), overwrite: true);
        File.Move(jsonTemp, JsonPath(spec), overwrite: true);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{spec.Name}: {articleCount:N0} articles, {claimCount:N0} claims; .claims {new FileInfo(ClaimsPath(spec)).Length:N0} B, .yaml {new FileInfo(YamlPath(spec)).Length:N0} B, .json {new FileInfo(JsonPath(spec)).Length:N0} B ({(DateTime.UtcNow - started).TotalSeconds:F1} s)"));
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ClaimDsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("The benchmarks must run inside the ClaimDsl repository (no ClaimDsl.sln found above the program or the current folder).");
    }

    private static string? FindLiar2Csv()
    {
        if (Environment.GetEnvironmentVariable("CLAIMDSL_LIAR2_CSV") is { Length: > 0 } given) return File.Exists(given) ? Path.GetFullPath(given) : null;
        var parent = new DirectoryInfo(RepositoryRoot).Parent;
        var candidates = new[] { parent, parent?.Parent }.OfType<DirectoryInfo>()
            .Select(dir => Path.Combine(dir.FullName, "shared", "data", "liar2-valid.csv"));
        return candidates.FirstOrDefault(File.Exists);
    }
}
