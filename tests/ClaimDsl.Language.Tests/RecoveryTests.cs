using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimDsl.Diagnostics;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>One run reports every problem of a file and keeps everything that is fine.</summary>
public class RecoveryTests
{
    /// <summary>Ten ways to break a claim, each with the code it must produce.</summary>
    private static readonly (string Code, Func<int, string> Break)[] Breakages =
    {
        ("CLM010", i => Claim(i, source: null)),
        ("CLM011", i => Claim(i, by: null)),
        ("CLM002", i => Claim(i, extra: "  sayz \"typo\"")),
        ("CLM003", i => Claim(i, says: "  says \"no closing quote")),
        ("CLM030", i => Claim(i, on: "  on 2016-02-30")),
        ("CLM020", i => Claim(i, by: "  by nobody_here")),
        ("CLM061", i => Claim(i, extra: "  verdict flase")),
        ("CLM012", i => Claim(i, says: null)),
        ("CLM006", i => Claim(i, says: "  says \"  \"")),
        ("CLM001", i => Claim(i, on: "  on next week")),
    };

    [Fact]
    public void A_thousand_claims_with_a_hundred_broken_report_all_hundred_and_keep_the_rest()
    {
        var text = new StringBuilder("article news\n  published 2016-10-06\n\nperson speaker \"A Speaker\"\n\n");
        var brokenLines = new Dictionary<int, (string Code, int FirstLine, int LastLine)>();
        for (int i = 0; i < 1000; i++)
        {
            int firstLine = text.ToString().Count(c => c == '\n') + 1;
            bool broken = i % 10 == 3;
            string block = broken ? Breakages[i / 10 % Breakages.Length].Break(i) : Claim(i);
            text.Append(block).Append('\n');
            if (broken) brokenLines[i] = (Breakages[i / 10 % Breakages.Length].Code, firstLine, firstLine + block.Count(c => c == '\n'));
        }

        var document = ClaimDocument.Parse(text.ToString(), "thousand.claims");

        Assert.Equal(100, brokenLines.Count);
        foreach (var (index, expected) in brokenLines)
        {
            Assert.Contains(document.Diagnostics, d => d.Code == expected.Code && d.Severity == Severity.Error
                && d.Span.StartLine >= expected.FirstLine && d.Span.StartLine <= expected.LastLine);
        }
        var kept = document.Claims.Select(c => c.Id).ToHashSet();
        for (int i = 0; i < 1000; i++)
            if (!brokenLines.ContainsKey(i)) Assert.Contains($"claim_{i}", kept);
        // Every error belongs to a broken claim: nothing good is blamed by a cascade.
        Assert.All(document.Diagnostics.Where(d => d.Severity == Severity.Error), d =>
            Assert.Contains(brokenLines.Values, b => d.Span.StartLine >= b.FirstLine && d.Span.StartLine <= b.LastLine));
    }

    private static string Claim(int i, string? by = "  by speaker", string? says = "DEFAULT", string? on = "  on 2016-10-05", string? source = "  source direct", string? extra = null)
    {
        var lines = new List<string> { $"claim claim_{i}" };
        if (by is not null) lines.Add(by);
        if (says == "DEFAULT") lines.Add($"  says \"Statement number {i}\"");
        else if (says is not null) lines.Add(says);
        if (on is not null) lines.Add(on);
        if (source is not null) lines.Add(source);
        if (extra is not null) lines.Add(extra);
        return string.Join("\n", lines);
    }
}
