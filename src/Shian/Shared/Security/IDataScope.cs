namespace Shian.Shared.Security;

/// <summary>What the current caller may see: the persistence layer filters and checks every row against it.</summary>
public interface IDataScope
{
    /// <summary>Null: no restriction. Otherwise only records whose town code starts with this prefix.</summary>
    string? TownCodePrefix { get; }

    /// <summary>For enterprise users and their API keys: the one operator whose own records they may change.</summary>
    Guid? OperatorId { get; }
}
