using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ClaimDsl.Benchmarks.Corpus;

/// <summary>
/// A project's worth of claim files: <c>files-1000</c> is a folder of 1,000 <c>.claims</c> files
/// holding 100 claims each on average (100,000 in all), the way a fact-checking desk would keep
/// a few articles per file. The files are the synthetic corpus's article stream, written by the
/// same writer with the same seeds and cut at article boundaries (articles are self-contained),
/// so <c>files-10</c> is the first ten files of <c>files-1000</c>, and the files of either,
/// joined in order, are the start of the synthetic single-file corpus.
/// </summary>
public sealed record ClaimFileSet(int FileCount)
{
    public const string Prefix = "files-";

    /// <summary>File k ends with the article that brings the running total to k x 100 claims or more.</summary>
    public const int ClaimsPerFile = 100;

    public string Name => Prefix + FileCount.ToString(CultureInfo.InvariantCulture);

    /// <summary>A plain folder of <c>.claims</c> files under bench/corpus/, for any tool to read.</summary>
    public string Folder => Path.Combine(CorpusFiles.Folder, Name);

    public bool Exists => Directory.Exists(Folder);

    public override string ToString() => Name;

    public static bool IsName(string name) => name.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Reads a name such as <c>files-1000</c>.</summary>
    public static ClaimFileSet Parse(string name) =>
        IsName(name) && int.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count > 0
            ? new ClaimFileSet(count)
            : throw new ArgumentException($"`{name}` is not the name of a set of claim files. Write {Prefix} and a whole number of files, like {Prefix}1000.");

    /// <summary>The files' paths, in order (their names sort in the order they were cut).</summary>
    public IReadOnlyList<string> Paths() =>
        Directory.GetFiles(Folder, "*.claims").OrderBy(path => path, StringComparer.Ordinal).ToList();

    /// <summary>What the set holds, written beside its files when it is made.</summary>
    private string SummaryPath => Path.Combine(Folder, "summary.txt");

    /// <summary>
    /// Makes the folder unless it is there, and returns what it holds (files, articles, claims,
    /// bytes). Written under a temporary name and renamed at the end, so an interrupted run never
    /// leaves a set that looks whole.
    /// </summary>
    public string Ensure(TextWriter log)
    {
        if (Exists) return File.Exists(SummaryPath) ? File.ReadAllText(SummaryPath).Trim() : Name;
        var started = DateTime.UtcNow;
        string partial = Folder + ".partial";
        if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        Directory.CreateDirectory(partial);

        using var articles = new SyntheticCorpus().Articles().GetEnumerator();
        var article = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new ClaimsWriter(article, CorpusFiles.LayoutSeed);
        var text = new StringBuilder();
        int width = Math.Max(4, FileCount.ToString(CultureInfo.InvariantCulture).Length);
        long claims = 0, bytes = 0;
        int articleCount = 0;
        for (int file = 1; file <= FileCount; file++)
        {
            text.Clear();
            while (claims < (long)file * ClaimsPerFile)
            {
                articles.MoveNext();
                writer.Write(articles.Current);
                text.Append(article.GetStringBuilder());
                article.GetStringBuilder().Clear();
                claims += articles.Current.Claims.Count;
                articleCount++;
            }
            string path = Path.Combine(partial, "claims-" + file.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + ".claims");
            File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
            bytes += new FileInfo(path).Length;
        }
        string summary = string.Create(CultureInfo.InvariantCulture, $"{Name}: {FileCount:N0} files, {articleCount:N0} articles, {claims:N0} claims, {bytes / 1e6:F1} MB");
        File.WriteAllText(Path.Combine(partial, "summary.txt"), summary + Environment.NewLine);
        Directory.Move(partial, Folder);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary} in {Folder} ({(DateTime.UtcNow - started).TotalSeconds:F1} s)"));
        return summary;
    }
}
