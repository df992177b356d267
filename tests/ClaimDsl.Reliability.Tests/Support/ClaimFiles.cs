using System.IO;
using System.Text;

namespace ClaimDsl.Reliability.Tests.Support;

/// <summary>Large claim files, written straight to a stream so that a test never holds two copies.</summary>
public static class ClaimFiles
{
    /// <summary>One article, one speaker, then <paramref name="count"/> clean claims (about 100 bytes each).</summary>
    public static void WriteClaims(TextWriter writer, int count)
    {
        writer.Write("article big_story\n  title \"A long story\"\n  published 2016-10-06\n\nperson speaker \"Ana Delgado\"\n");
        for (int i = 0; i < count; i++)
        {
            writer.Write("\nclaim c");
            writer.Write(i);
            writer.Write("\n  by speaker\n  paraphrase \"the bridge will close in January, number ");
            writer.Write(i);
            writer.Write("\"\n  on 2016-10-0");
            writer.Write(1 + i % 6);
            writer.Write("\n  source direct\n");
        }
    }

    public static string Claims(int count)
    {
        var writer = new StringWriter(new StringBuilder(count * 110));
        WriteClaims(writer, count);
        return writer.ToString();
    }

    /// <summary>Writes a file of at least <paramref name="bytes"/> bytes (each claim takes about 122); returns the claim count.</summary>
    public static int WriteFileOfSize(string path, long bytes)
    {
        int count = (int)(bytes / 120) + 1;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        WriteClaims(writer, count);
        return count;
    }
}
