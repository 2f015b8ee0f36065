using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>An interactive element; serialized with its <c>type</c>.</summary>
/// <param name="ActionId">The action id (at most 255 characters, unique in its block).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(DatePickerElement), "datepicker")]
public abstract record BlockElement(string ActionId);
