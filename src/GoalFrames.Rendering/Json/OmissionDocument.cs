namespace GoalFrames.Rendering.Json;

/// <summary>Something left out.</summary>
/// <param name="Framework">The framework.</param>
/// <param name="What">What was left out.</param>
/// <param name="MissingField">The missing canon field.</param>
/// <param name="Reason">Why.</param>
public sealed record OmissionDocument(string Framework, string What, string MissingField, string Reason);
