namespace GoalFrames.Rendering.Exports.Team;

/// <summary>One person's document in the JSON export.</summary>
/// <param name="Person">Who the goals are for.</param>
/// <param name="Managers">Who drafted them (<c>platform/workspace/user</c>).</param>
/// <param name="Goals">Every goal of every draft about them.</param>
internal sealed record PersonDocument(PersonIdentityDocument Person, IReadOnlyList<string> Managers, IReadOnlyList<GoalDocument> Goals);
