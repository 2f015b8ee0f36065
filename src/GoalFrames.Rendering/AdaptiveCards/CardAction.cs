using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A card button; serialized with its <c>type</c>.</summary>
/// <param name="Title">The button label.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
public abstract record CardAction(string Title)
{
    /// <summary><c>positive</c>, <c>destructive</c> or default.</summary>
    public ActionStyle? Style { get; init; }
}
