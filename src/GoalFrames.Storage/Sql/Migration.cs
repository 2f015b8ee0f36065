namespace GoalFrames.Storage.Sql;

/// <summary>One step of the schema. Steps are applied in version order, once, and recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">The step number, from 1 up without gaps.</param>
/// <param name="Name">A short name; a database that recorded another name for the same number is refused.</param>
/// <param name="Statements">The statements, in the dialect of the provider.</param>
internal sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);
