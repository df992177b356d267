using System.Collections.Generic;
using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>What a reference must point at.</summary>
internal enum ReferenceTarget
{
    AnyEntity,
    Organization,
}

/// <summary>Every place a block names an entity by id, for the reference rules.</summary>
internal static class References
{
    public static IEnumerable<(SyntaxLine Line, NameValue Name, ReferenceTarget Target)> In(SyntaxBlock block)
    {
        foreach (var line in block.Lines)
        {
            if (line.Kind != LineKind.Keyword) continue;
            switch (line.Keyword, line.Value)
            {
                case ("outlet" or "of", NameValue name):
                    yield return (line, name, ReferenceTarget.Organization);
                    break;
                case ("by" or "identified-as", NameValue name):
                    yield return (line, name, ReferenceTarget.AnyEntity);
                    break;
                case ("to", AudienceValue { Entity: { } name }):
                    yield return (line, name, ReferenceTarget.AnyEntity);
                    break;
                case ("source", SourceValue source):
                    foreach (var relay in source.Chain) yield return (line, relay, ReferenceTarget.AnyEntity);
                    break;
            }
        }
    }
}
