using System;
using System.Globalization;
using System.IO;
using System.Text;
using ClaimDsl.Benchmarks.Corpus;

namespace ClaimDsl.Benchmarks.Cli;

/// <summary>
/// A folder of <c>.claims</c> files for <c>claimdsl check &lt;folder&gt;</c>: the synthetic stream of
/// articles cut at article boundaries into <see cref="Files"/> files holding about
/// <see cref="Claims"/> claims together. File i ends at the first article that brings the running
/// total to (i + 1) x claims / files, so the total is the target give or take one article.
/// </summary>
public sealed record CliCorpus(int Files, int Claims)
{
    /// <summary>Written last, so an interrupted run never leaves a folder that looks whole.</summary>
    private const string CompleteMarker = "corpus-complete.txt";

    public string Name => string.Create(CultureInfo.InvariantCulture, $"cli-{Files}files-{Claims}claims");

    public string Folder => Path.Combine(CorpusFiles.Folder, Name);

    /// <summary>Makes the folder unless it is already complete; returns the summary line written in it.</summary>
    public string Ensure(TextWriter log)
    {
        string marker = Path.Combine(Folder, CompleteMarker);
        if (File.Exists(marker)) return File.ReadAllText(marker).Trim();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        Directory.CreateDirectory(Folder);

        // The same seeds as the single-file corpora, so these files are byte-identical on every machine.
        var writerSeed = new Random(7);
        using var articles = new SyntheticCorpus().Articles().GetEnumerator();
        long bytes = 0;
        int claims = 0;
        for (int file = 0; file < Files; file++)
        {
            long endsAt = (long)(file + 1) * Claims / Files;
            string path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"articles-{file + 1:D4}.claims"));
            using (var text = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                var writer = new ClaimsWriter(text, writerSeed.Next());
                do
                {
                    articles.MoveNext();
                    writer.Write(articles.Current);
                    claims += articles.Current.Claims.Count;
                }
                while (claims < endsAt);
            }
            bytes += new FileInfo(path).Length;
        }
        string summary = string.Create(CultureInfo.InvariantCulture, $"{Name}: {Files:N0} files, {claims:N0} claims, {bytes / 1e6:F1} MB");
        File.WriteAllText(marker, summary + Environment.NewLine);
        log.WriteLine(summary);
        return summary;
    }
}
