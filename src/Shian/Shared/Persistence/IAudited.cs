namespace Shian.Shared.Persistence;

/// <summary>Marks an entity whose every insert, update and delete is appended to the audit ledger.</summary>
public interface IAudited;
