namespace GoalFrames.Storage.Sql;

/// <summary>The schema for PostgreSQL: the same steps as <see cref="SqliteMigrations"/>, in PostgreSQL's types.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "drafts",
        [
            """
            CREATE TABLE drafts (
                id uuid PRIMARY KEY,
                platform text NOT NULL,
                workspace text NOT NULL,
                user_id text NOT NULL,
                profile_id text NOT NULL,
                framework text NOT NULL,
                canon_version text NOT NULL,
                canon_fingerprint text NOT NULL,
                canon_rows jsonb NOT NULL,
                slot_values jsonb NOT NULL,
                version integer NOT NULL CHECK (version > 0),
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                CONSTRAINT drafts_owner_profile_framework UNIQUE (platform, workspace, user_id, profile_id, framework)
            )
            """,
            "CREATE INDEX drafts_updated_at ON drafts (updated_at)",
        ]),
        new(2, "conversation references and installations",
        [
            """
            CREATE TABLE conversation_references (
                conversation_id text PRIMARY KEY,
                service_url text NOT NULL,
                tenant_id text NOT NULL,
                bot_id text NOT NULL,
                user_id text NOT NULL,
                conversation_type text NOT NULL,
                reference_json text NOT NULL,
                updated_at timestamptz NOT NULL
            )
            """,
            """
            CREATE TABLE installations (
                workspace_id text PRIMARY KEY,
                bot_token_encrypted text NOT NULL,
                bot_user_id text NOT NULL,
                app_id text NOT NULL,
                installed_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL
            )
            """,
        ]),
        new(3, "dedupe keys",
        [
            "CREATE TABLE dedupe_keys (key text PRIMARY KEY, expires_at timestamptz NOT NULL)",
            "CREATE INDEX dedupe_keys_expires_at ON dedupe_keys (expires_at)",
        ]),
        new(4, "per-user rate buckets shared by every instance",
        [
            "CREATE TABLE rate_buckets (key text PRIMARY KEY, tokens double precision NOT NULL, updated_at double precision NOT NULL)",
        ]),
        new(5, "drafts about a person: one per owner, subject, profile and framework (existing drafts are about nobody)",
        [
            "ALTER TABLE drafts ADD COLUMN subject_id text NOT NULL DEFAULT ''",
            "ALTER TABLE drafts ADD COLUMN subject_name text NOT NULL DEFAULT ''",
            "ALTER TABLE drafts ADD COLUMN subject_email text",
            "ALTER TABLE drafts DROP CONSTRAINT drafts_owner_profile_framework",
            "ALTER TABLE drafts ADD CONSTRAINT drafts_owner_subject_profile_framework UNIQUE (platform, workspace, user_id, subject_id, profile_id, framework)",
        ]),
        new(6, "goals sent to the person they are about: a snapshot per owner, subject and profile, with sent and acknowledged times",
        [
            """
            CREATE TABLE sent_goals (
                id uuid PRIMARY KEY,
                platform text NOT NULL,
                workspace text NOT NULL,
                user_id text NOT NULL,
                subject_id text NOT NULL,
                subject_name text NOT NULL,
                profile_id text NOT NULL,
                manager_name text NOT NULL,
                snapshot jsonb NOT NULL,
                sends integer NOT NULL CHECK (sends > 0),
                sent_at timestamptz NOT NULL,
                acknowledged_at timestamptz,
                CONSTRAINT sent_goals_owner_subject_profile UNIQUE (platform, workspace, user_id, subject_id, profile_id)
            )
            """,
            "CREATE INDEX sent_goals_subject ON sent_goals (platform, workspace, subject_id)",
            "CREATE INDEX sent_goals_sent_at ON sent_goals (sent_at)",
        ]),
    ];
}
