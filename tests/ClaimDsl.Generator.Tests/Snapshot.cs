using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimDsl.Tests;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// Approval ("snapshot") testing against checked-in files named the way Verify names them
/// (<c>ClassName.Method.verified.cs</c> in <c>Snapshots/</c>), so a later move to Verify is
/// mechanical. A mismatch fails with a line diff and writes <c>.received.cs</c> beside the
/// verified file; run the tests with <c>CLAIMDSL_ACCEPT=1</c> to accept the new output.
/// </summary>
public static class Snapshot
{
    private static readonly string Folder = RepositoryPaths.Of("tests", "ClaimDsl.Generator.Tests", "Snapshots");

    public static bool Accepting => Environment.GetEnvironmentVariable("CLAIMDSL_ACCEPT") == "1";

    public static void Match(string actual, string? name = null, string extension = "cs", [CallerFilePath] string callerFile = "", [CallerMemberName] string method = "")
    {
        string stem = $"{Path.GetFileNameWithoutExtension(callerFile)}.{method}{(name is null ? "" : "_" + name)}";
        string verified = Path.Combine(Folder, $"{stem}.verified.{extension}");
        string received = Path.Combine(Folder, $"{stem}.received.{extension}");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Folder);
        if (Accepting)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new XunitException(expected is null
            ? $"No approved snapshot {Path.GetFileName(verified)} yet; the output was written to {received}. Review it, then run the tests with CLAIMDSL_ACCEPT=1 to approve it."
            : $"The output differs from {Path.GetFileName(verified)} (- approved, + now); it was written to {received}. If the change is intended, run the tests with CLAIMDSL_ACCEPT=1.\n{Diff(expected, actual)}");
    }

    /// <summary>The changed lines with two lines of context, numbered as in the approved file.</summary>
    public static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var text = new StringBuilder();
        var lines = model.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            bool near = false;
            for (int j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2) && !near; j++) near = lines[j].Type != ChangeType.Unchanged;
            if (!near) continue;
            string mark = lines[i].Type switch { ChangeType.Inserted => "+", ChangeType.Deleted => "-", _ => " " };
            text.Append(lines[i].Position?.ToString().PadLeft(5) ?? "     ").Append(' ').Append(mark).Append(' ').AppendLine(lines[i].Text);
        }
        return text.ToString();
    }
}
