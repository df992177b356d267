using System;
using System.IO;
using System.Linq;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ClaimDsl.Tests.Conformance;

/// <summary>
/// Compares produced text with a checked-in expectation file. On a mismatch the produced text is
/// written next to it as <c>*.received.*</c> (git-ignored) and the test fails with a line diff.
/// With <c>CLAIMDSL_ACCEPT=1</c> the expectation is overwritten instead.
/// </summary>
public static class Expectation
{
    /// <summary>True when the run should accept the produced output as the new expectations.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable("CLAIMDSL_ACCEPT") == "1";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Checks <paramref name="actual"/> against the file at <paramref name="expectedPath"/>.
    /// When <paramref name="absentMeansEmpty"/>, a missing file expects empty output, and empty
    /// output is accepted by deleting the file (so "no file" is the only way to say "none").
    /// </summary>
    public static void Check(string expectedPath, string actual, bool absentMeansEmpty = false)
    {
        string receivedPath = ReceivedPath(expectedPath);
        bool exists = File.Exists(expectedPath);

        if (Accepting)
        {
            if (absentMeansEmpty && actual.Length == 0) File.Delete(expectedPath);
            else File.WriteAllText(expectedPath, actual, Utf8NoBom);
            File.Delete(receivedPath);
            return;
        }

        if (!exists && !(absentMeansEmpty && actual.Length == 0))
        {
            File.WriteAllText(receivedPath, actual, Utf8NoBom);
            throw new XunitException(
                $"There is no expectation file {Path.GetFileName(expectedPath)}. The output was written to {receivedPath}; " +
                "read it, and if it is right, rename it or run the tests with CLAIMDSL_ACCEPT=1.");
        }

        string expected = exists ? File.ReadAllText(expectedPath).Replace("\r\n", "\n") : "";
        if (exists && absentMeansEmpty && expected.Length == 0)
            throw new XunitException($"{Path.GetFileName(expectedPath)} is empty; an absent file is how this suite says \"none\". Delete it.");

        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        throw new XunitException(
            $"{Path.GetFileName(expectedPath)} does not match the output (- expected, + received; the output is in {receivedPath}):\n" +
            LineDiff(expected, actual) +
            "\nIf the new output is right, run the tests with CLAIMDSL_ACCEPT=1 to accept it.");
    }

    /// <summary>Verify's naming: <c>X.model.ndjson</c> is received as <c>X.model.received.ndjson</c>.</summary>
    public static string ReceivedPath(string expectedPath) =>
        Path.Combine(Path.GetDirectoryName(expectedPath)!, Path.GetFileNameWithoutExtension(expectedPath) + ".received" + Path.GetExtension(expectedPath));

    /// <summary>The changed lines, with their line numbers in the expected (-) and received (+) text.</summary>
    public static string LineDiff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var text = new StringBuilder();
        int expectedLine = 0, actualLine = 0;
        foreach (var line in diff.Lines)
        {
            switch (line.Type)
            {
                case ChangeType.Deleted:
                    text.Append("- ").Append(++expectedLine).Append(": ").AppendLine(line.Text);
                    break;
                case ChangeType.Inserted:
                    text.Append("+ ").Append(++actualLine).Append(": ").AppendLine(line.Text);
                    break;
                default:
                    expectedLine++;
                    actualLine++;
                    break;
            }
        }
        return text.Length > 0 ? text.ToString() : "(the texts differ only in line ends or a final line break)\n";
    }

    /// <summary>Whether a file is a left-over <c>*.received.*</c> file rather than an expectation.</summary>
    public static bool IsReceived(string path) => Path.GetFileName(path).Split('.').Contains("received");
}
