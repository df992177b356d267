using System;

namespace ClaimDsl.Model;

/// <summary>
/// Someone who can say something or pass it on: a <see cref="Person"/>, an
/// <see cref="Organization"/> or a <see cref="Group"/>. Ids share one namespace.
/// </summary>
public abstract record Entity
{
    protected Entity(string id, string name)
    {
        Id = Identifiers.Require(id, nameof(id));
        Name = Require.Text(name, nameof(name));
    }

    /// <summary>The id used in claim files (<c>ayrault</c>).</summary>
    public string Id { get; }

    /// <summary>The name as the article gives it (<c>Jean-Marc Ayrault</c>).</summary>
    public string Name { get; }

    /// <summary>Other names the article uses.</summary>
    public ValueList<string> Aliases { get; init; } = ValueList<string>.Empty;

    /// <summary>A remark for readers of the data.</summary>
    public string? Note { get; init; }
}

/// <summary>A named person.</summary>
public sealed record Person(string Id, string Name) : Entity(Id, Name)
{
    /// <summary>The role the article gives (<c>French Foreign Minister</c>).</summary>
    public string? Role { get; init; }

    /// <summary>The organisation the person speaks for.</summary>
    public Organization? Affiliation { get; init; }
}

/// <summary>What sort of organisation it is.</summary>
public enum OrganizationKind
{
    Other,
    Outlet,
    Agency,
    Government,
    Military,
    Ngo,
    Company,
}

/// <summary>An organisation: outlet, news agency, government body, army, NGO, company.</summary>
public sealed record Organization(string Id, string Name) : Entity(Id, Name)
{
    public OrganizationKind Kind { get; init; } = OrganizationKind.Other;

    /// <summary>The organisation this one belongs to (a ministry's government).</summary>
    public Organization? Parent { get; init; }
}

/// <summary>
/// A speaker or source described rather than named ("a UK-based monitoring group"). An
/// unnamed group is a known-but-unnamed value, not a missing one.
/// </summary>
public sealed record Group(string Id, string Name) : Entity(Id, Name)
{
    /// <summary>True when the article does not identify who it is.</summary>
    public bool IsUnnamed { get; init; }

    /// <summary>Why the source is not named, when the article says.</summary>
    public string? UnnamedReason { get; init; }

    /// <summary>Who the fact-checker believes the group is.</summary>
    public Entity? IdentifiedAs { get; init; }
}

/// <summary>Checks shared by the records' constructors.</summary>
internal static class Require
{
    public static string Text(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A text is required here and must not be empty.", name) : value!;

    public static T NotNull<T>(T? value, string name) where T : class =>
        value ?? throw new ArgumentNullException(name);
}
