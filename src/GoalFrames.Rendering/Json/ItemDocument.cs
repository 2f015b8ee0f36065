namespace GoalFrames.Rendering.Json;

/// <summary>A goal item.</summary>
/// <param name="Key">The stable key.</param>
/// <param name="Number">The number.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Source">The citation.</param>
/// <param name="Basis">The canon address of the row it stands on.</param>
/// <param name="Fields">The labelled lines.</param>
public sealed record ItemDocument(string Key, int Number, LineDocument Headline, string Source, string Basis, IReadOnlyList<FieldDocument> Fields);
