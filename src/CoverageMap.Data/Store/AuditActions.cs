namespace CoverageMap.Data.Store;

/// <summary>The actions the audit log records (<see cref="AuditEntryRow.Action"/>). Constants.</summary>
public static class AuditActions
{
    /// <summary>A draft (inactive) dataset version was saved from the editor.</summary>
    public const string DraftSaved = "draft-saved";

    /// <summary>A draft (inactive) dataset version was imported from an exchange file (<c>coveragemap import-areas --apply</c>).</summary>
    public const string Imported = "imported";

    /// <summary>A version newer than the active one was activated.</summary>
    public const string Activated = "activated";

    /// <summary>An earlier version than the active one was activated again.</summary>
    public const string RolledBack = "rolled-back";

    /// <summary>An API key was created.</summary>
    public const string KeyCreated = "key-created";

    /// <summary>An API key was revoked.</summary>
    public const string KeyRevoked = "key-revoked";
}
