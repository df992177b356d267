namespace ClaimDsl.Syntax;

/// <summary>
/// One string per distinct name (id or word) of a file, and per distinct date and short text.
/// An id is written many times — every <c>by</c>, <c>source</c> and <c>of</c> line repeats one —
/// and so are dates, tags, places and roles; sharing their strings keeps the tree smaller and
/// the strings the binder and the rules look up few and close together in memory.
/// </summary>
internal sealed class NameTable
{
    private string?[] _slots = new string?[256];
    private int _count;

    /// <summary>The string of the <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public string Get(string text, int start, int length)
    {
        int mask = _slots.Length - 1;
        for (int i = Hash(text, start, length) & mask; ; i = (i + 1) & mask)
        {
            string? name = _slots[i];
            if (name is null)
            {
                name = text.Substring(start, length);
                _slots[i] = name;
                if (++_count * 2 > _slots.Length) Grow();
                return name;
            }
            if (name.Length == length && string.CompareOrdinal(name, 0, text, start, length) == 0) return name;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var name in old)
        {
            if (name is null) continue;
            int i = Hash(name, 0, name.Length) & mask;
            while (_slots[i] is not null) i = (i + 1) & mask;
            _slots[i] = name;
        }
    }

    // FNV-1a over the characters: names are short.
    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            uint hash = 2166136261;
            for (int i = start; i < start + length; i++) hash = (hash ^ text[i]) * 16777619;
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
