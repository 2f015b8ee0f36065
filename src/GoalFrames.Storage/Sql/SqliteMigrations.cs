namespace GoalFrames.Storage.Sql;

/// <summary>The schema for SQLite, step by step. Never edit a released step: add a new one.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "drafts",
        [
            """
            CREATE TABLE drafts (
                id TEXT PRIMARY KEY,
                platform TEXT NOT NULL,
                workspace TEXT NOT NULL,
                user_id TEXT NOT NULL,
                profile_id TEXT NOT NULL,
                framework TEXT NOT NULL,
                canon_version TEXT NOT NULL,
                canon_fingerprint TEXT NOT NULL,
                canon_rows TEXT NOT NULL,
                slot_values TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version > 0),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                CONSTRAINT drafts_owner_profile_framework UNIQUE (platform, workspace, user_id, profile_id, framework)
            ) STRICT
            """,
            "CREATE INDEX drafts_updated_at ON drafts (updated_at)",
        ]),
        new(2, "conversation references and installations",
        [
            """
            CREATE TABLE conversation_references (
                conversation_id TEXT PRIMARY KEY,
                service_url TEXT NOT NULL,
                tenant_id TEXT NOT NULL,
                bot_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                conversation_type TEXT NOT NULL,
                reference_json TEXT NOT NULL,
                updated_at INTEGER NOT NULL
            ) STRICT
            """,
            """
            CREATE TABLE installations (
                workspace_id TEXT PRIMARY KEY,
                bot_token_encrypted TEXT NOT NULL,
                bot_user_id TEXT NOT NULL,
                app_id TEXT NOT NULL,
                installed_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ) STRICT
            """,
        ]),
        new(3, "dedupe keys",
        [
            "CREATE TABLE dedupe_keys (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) STRICT",
            "CREATE INDEX dedupe_keys_expires_at ON dedupe_keys (expires_at)",
        ]),
        new(4, "per-user rate buckets shared by every instance",
        [
            "CREATE TABLE rate_buckets (key TEXT PRIMARY KEY, tokens REAL NOT NULL, updated_at REAL NOT NULL) STRICT",
        ]),
        new(5, "drafts about a person: one per owner, subject, profile and framework (existing drafts are about nobody)",
        [
            // SQLite cannot change a table's unique key in place: build the new table, copy every draft, swap.
            """
            CREATE TABLE drafts_by_subject (
                id TEXT PRIMARY KEY,
                platform TEXT NOT NULL,
                workspace TEXT NOT NULL,
                user_id TEXT NOT NULL,
                subject_id TEXT NOT NULL DEFAULT '',
                subject_name TEXT NOT NULL DEFAULT '',
                subject_email TEXT,
                profile_id TEXT NOT NULL,
                framework TEXT NOT NULL,
                canon_version TEXT NOT NULL,
                canon_fingerprint TEXT NOT NULL,
                canon_rows TEXT NOT NULL,
                slot_values TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version > 0),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                CONSTRAINT drafts_owner_subject_profile_framework UNIQUE (platform, workspace, user_id, subject_id, profile_id, framework)
            ) STRICT
            """,
            """
            INSERT INTO drafts_by_subject (id, platform, workspace, user_id, profile_id, framework, canon_version, canon_fingerprint, canon_rows, slot_values, version, created_at, updated_at)
            SELECT id, platform, workspace, user_id, profile_id, framework, canon_version, canon_fingerprint, canon_rows, slot_values, version, created_at, updated_at FROM drafts
            """,
            "DROP TABLE drafts",
            "ALTER TABLE drafts_by_subject RENAME TO drafts",
            "CREATE INDEX drafts_updated_at ON drafts (updated_at)",
        ]),
        new(6, "goals sent to the person they are about: a snapshot per owner, subject and profile, with sent and acknowledged times",
        [
            """
            CREATE TABLE sent_goals (
                id TEXT PRIMARY KEY,
                platform TEXT NOT NULL,
                workspace TEXT NOT NULL,
                user_id TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                subject_name TEXT NOT NULL,
                profile_id TEXT NOT NULL,
                manager_name TEXT NOT NULL,
                snapshot TEXT NOT NULL,
                sends INTEGER NOT NULL CHECK (sends > 0),
                sent_at INTEGER NOT NULL,
                acknowledged_at INTEGER,
                CONSTRAINT sent_goals_owner_subject_profile UNIQUE (platform, workspace, user_id, subject_id, profile_id)
            ) STRICT
            """,
            "CREATE INDEX sent_goals_subject ON sent_goals (platform, workspace, subject_id)",
            "CREATE INDEX sent_goals_sent_at ON sent_goals (sent_at)",
        ]),
    ];
}
