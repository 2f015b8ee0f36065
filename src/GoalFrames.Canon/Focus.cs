namespace GoalFrames.Canon;

/// <summary>A focus (sub-family) of a job family, with the aliases people type in chat.</summary>
/// <param name="FamilyCode">The code of the family it belongs to.</param>
/// <param name="Code">The focus code, e.g. <c>CLINICAL3CD6</c>.</param>
/// <param name="Name">The focus name.</param>
/// <param name="Description">What the focus covers.</param>
/// <param name="Aliases">Lower-case chat aliases, e.g. <c>clinops</c>.</param>
public sealed record Focus(string FamilyCode, string Code, string Name, string Description, IReadOnlyList<string> Aliases)
{
    /// <summary><c>FAMILY.FOCUS</c>, the prefix of this focus's profile ids.</summary>
    public string Key => $"{FamilyCode}.{Code}";
}
