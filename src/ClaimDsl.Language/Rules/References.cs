using ClaimDsl.Syntax;

namespace ClaimDsl.Rules;

/// <summary>What a reference must point at.</summary>
internal enum ReferenceTarget
{
    AnyEntity,
    Organization,
}

/// <summary>One place a block names an entity by id: the line, the id, and what it must point at.</summary>
internal readonly record struct Reference(SyntaxLine Line, NameValue Name, ReferenceTarget Target);

/// <summary>
/// Every place a block names an entity by id, for the reference rules. A struct enumerator:
/// the rules ask this of every block, and an iterator object per block per rule was most of
/// what the rules allocated.
/// </summary>
internal struct References
{
    private readonly SyntaxBlock _block;
    private int _line;
    private int _relay;

    private References(SyntaxBlock block)
    {
        _block = block;
        _line = -1;
        _relay = -1;
        Current = default;
    }

    public static References In(SyntaxBlock block) => new(block);

    public readonly References GetEnumerator() => this;

    public Reference Current { get; private set; }

    public bool MoveNext()
    {
        var lines = _block.Lines;
        // Go on along a relay chain (`source a via b via c`) before moving to the next line.
        if (_relay >= 0 && lines[_line].Value is SourceValue chain && ++_relay < chain.Chain.Length)
        {
            Current = new Reference(lines[_line], chain.Chain[_relay], ReferenceTarget.AnyEntity);
            return true;
        }
        _relay = -1;
        while (++_line < lines.Length)
        {
            var line = lines[_line];
            if (line.Kind != LineKind.Keyword) continue;
            switch (line.Keyword, line.Value)
            {
                case ("outlet" or "of", NameValue name):
                    Current = new Reference(line, name, ReferenceTarget.Organization);
                    return true;
                case ("by" or "identified-as", NameValue name):
                    Current = new Reference(line, name, ReferenceTarget.AnyEntity);
                    return true;
                case ("to", AudienceValue { Entity: { } name }):
                    Current = new Reference(line, name, ReferenceTarget.AnyEntity);
                    return true;
                case ("source", SourceValue { Chain.Length: > 0 } source):
                    _relay = 0;
                    Current = new Reference(line, source.Chain[0], ReferenceTarget.AnyEntity);
                    return true;
            }
        }
        return false;
    }
}
