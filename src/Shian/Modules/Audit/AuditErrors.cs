namespace Shian.Modules.Audit;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>); each is also its message key.</summary>
internal static class AuditErrors
{
    /// <summary>No checkpoint key is configured outside the database (503: the deployment must set one).</summary>
    public const string CheckpointKeyMissing = "audit.checkpoint_key_missing";

    /// <summary>The chain is already broken since the last checkpoint; signing it would bless the tampering.</summary>
    public const string ChainBrokenNoCheckpoint = "audit.chain_broken_no_checkpoint";

    public const string UnknownEntityType = "audit.unknown_entity_type";
    public const string InvalidEntityId = "audit.invalid_entity_id";
    public const string EntryNotFound = "audit.entry_not_found";
    public const string NoSuchEntry = "audit.no_such_entry";

    /// <summary>The entry is newer than the last published daily checkpoint: its proof exists from tomorrow.</summary>
    public const string EntryNotYetPublished = "audit.entry_not_yet_published";

    public const string InvalidSequence = "audit.invalid_sequence";
    public const string InvalidPage = "audit.invalid_page";
    public const string InvalidPageSize = "audit.invalid_page_size";
}
