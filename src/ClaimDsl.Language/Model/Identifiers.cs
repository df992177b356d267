using System;

namespace ClaimDsl.Model;

/// <summary>The language's ids: a letter or <c>_</c>, then letters, digits, <c>_</c> or <c>-</c>.</summary>
public static class Identifiers
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || !(char.IsLetter(id![0]) || id[0] == '_')) return false;
        foreach (char c in id)
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-')) return false;
        return true;
    }

    internal static string Require(string? id, string name) =>
        IsValid(id) ? id! : throw new ArgumentException($"'{id}' is not a valid id: use a letter or _, then letters, digits, _ or -.", name);
}
