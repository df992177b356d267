using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ClaimDsl.Generator.Emit;

/// <summary>
/// Turns claim-file ids into C# names: <c>aleppo_un_draft</c> becomes <c>AleppoUnDraft</c>.
/// Ids are words joined by <c>_</c> or <c>-</c>; each word gets a capital. Ids that come out the
/// same (<c>a_b</c>, <c>a-b</c>), or as a name the class already uses, are told apart by a number,
/// given in the ids' ordinal order so that it does not depend on where they stand in the file.
/// </summary>
internal static class CSharpNames
{
    /// <summary>Members every class inherits from <see cref="object"/>: a field with one of these names would hide it (CS0108).</summary>
    public static readonly IReadOnlyList<string> ObjectMembers = new[] { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    /// <summary><c>aleppo_un_draft</c> → <c>AleppoUnDraft</c>; always a valid C# identifier.</summary>
    public static string PascalCase(string id)
    {
        var name = new char[id.Length];
        int length = 0;
        bool capital = true;
        foreach (char c in id)
        {
            if (c is '_' or '-') { capital = true; continue; }
            name[length++] = capital ? char.ToUpperInvariant(c) : c;
            capital = false;
        }
        // An id made of separators only (`_`, `_-_`) keeps them, as underscores.
        if (length == 0) return new string('_', id.Length);
        return Valid(new string(name, 0, length));
    }

    /// <summary>
    /// A distinct name for each id, none of them in <paramref name="reserved"/>. An id keeps its
    /// natural name when no other id, earlier in ordinal order, wants it; the rest get the
    /// lowest free number (<c>AB2</c>, or <c>X1_2</c> after a digit). The names differ from each
    /// other under <paramref name="distinctness"/> (ordinal unless given), and from the reserved
    /// names ordinally, as C# compares names.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> ids, IEnumerable<string> reserved, StringComparer? distinctness = null)
    {
        var reservedNames = new HashSet<string>(reserved, StringComparer.Ordinal);
        var taken = new HashSet<string>(distinctness ?? StringComparer.Ordinal);
        bool Take(string name) => !reservedNames.Contains(name) && taken.Add(name);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        // The ids in ordinal order, each once. A sorted array rather than LINQ's Distinct and
        // OrderBy: every article names all its claims and entities, and the LINQ version was
        // most of the time a generator run spent on names.
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var ordered = new List<(string Id, string Name)>(sorted.Length);
        for (int i = 0; i < sorted.Length; i++)
            if (i == 0 || !string.Equals(sorted[i], sorted[i - 1], StringComparison.Ordinal)) ordered.Add((sorted[i], PascalCase(sorted[i])));
        foreach (var (id, name) in ordered)
            if (Take(name)) names[id] = name;
        foreach (var (id, name) in ordered)
        {
            if (names.ContainsKey(id)) continue;
            string separator = char.IsDigit(name[name.Length - 1]) ? "_" : "";
            int number = 2;
            while (!Take(name + separator + number)) number++;
            names[id] = name + separator + number;
        }
        return names;
    }

    /// <summary>A valid identifier: characters C# does not allow become <c>_</c>; a keyword gets an <c>@</c>.</summary>
    private static string Valid(string name)
    {
        // Nearly every name is a capital and then ASCII letters and digits: such a name is an
        // identifier, and no C# keyword starts with a capital. A generator run names every
        // claim and entity, and the full check below was a measurable share of it.
        if (IsCapitalisedAscii(name)) return name;
        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            var fixedName = new StringBuilder(name.Length + 1);
            if (!SyntaxFacts.IsIdentifierStartCharacter(name[0])) fixedName.Append('_');
            foreach (char c in name) fixedName.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            name = fixedName.ToString();
        }
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }

    private static bool IsCapitalisedAscii(string name)
    {
        if (name.Length == 0 || name[0] is not (>= 'A' and <= 'Z')) return false;
        foreach (char c in name)
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        return true;
    }

    /// <summary>
    /// A namespace from an MSBuild property: each dotted part made a valid identifier. Returns
    /// false when the value had to be changed (it was not a C# namespace as written).
    /// </summary>
    public static bool TryNamespace(string value, out string name)
    {
        var parts = value.Split('.').Select(p => p.Trim()).ToArray();
        var valid = parts.Where(p => p.Length > 0).Select(p => Valid(p)).ToArray();
        name = string.Join(".", valid);
        return parts.All(p => p.Length > 0 && SyntaxFacts.IsValidIdentifier(p) && SyntaxFacts.GetKeywordKind(p) == SyntaxKind.None)
            && !value.Any(char.IsWhiteSpace);
    }
}
