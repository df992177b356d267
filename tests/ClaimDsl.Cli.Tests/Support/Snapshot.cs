using System;
using System.IO;
using System.Linq;
using System.Text;
using ClaimDsl.Tests;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ClaimDsl.Cli.Tests.Support;

/// <summary>
/// Approval tests against checked-in files, named as Verify names them
/// (<c>Class.Method_param.verified.ext</c> in <c>Snapshots/</c>) so moving to Verify later is
/// mechanical. A mismatch writes <c>.received.ext</c> beside it and fails with a line diff; set
/// <c>CLAIMDSL_ACCEPT_SNAPSHOTS=1</c> to accept the new output as verified.
/// </summary>
internal static class Snapshot
{
    private static readonly string Folder = RepositoryPaths.Of("tests", "ClaimDsl.Cli.Tests", "Snapshots");

    public static void Match(string name, string extension, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        string verified = Path.Combine(Folder, $"{name}.verified.{extension}");
        string received = Path.Combine(Folder, $"{name}.received.{extension}");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("CLAIMDSL_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Folder);
        File.WriteAllText(received, actual);
        throw new XunitException(expected is null
            ? $"No snapshot {verified} yet; the output was written to {received}. Review it and rename it to accept it (or run with CLAIMDSL_ACCEPT_SNAPSHOTS=1)."
            : $"Output differs from {verified} (- expected, + actual); the output was written to {received}:\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var text = new StringBuilder();
        foreach (var line in diff.Lines.Where(l => l.Type != ChangeType.Unchanged).Take(40))
            text.Append(line.Type == ChangeType.Deleted ? "- " : "+ ").Append(line.Position is { } at ? $"{at,4}: " : "      ").AppendLine(line.Text);
        return text.ToString();
    }
}
