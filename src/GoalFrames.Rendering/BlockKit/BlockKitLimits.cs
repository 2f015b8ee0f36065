namespace GoalFrames.Rendering.BlockKit;

/// <summary>Slack's Block Kit limits (PROTOCOLS.md, from Slack's reference).</summary>
public static class BlockKitLimits
{
    /// <summary>Blocks in one message.</summary>
    public const int MessageBlocks = 50;

    /// <summary>Blocks in one modal.</summary>
    public const int ModalBlocks = 100;

    /// <summary>Characters in one text object (section text, context element, …).</summary>
    public const int Text = 3000;

    /// <summary>Characters in one section field.</summary>
    public const int FieldText = 2000;

    /// <summary>Fields in one section.</summary>
    public const int Fields = 10;

    /// <summary>Characters in a header.</summary>
    public const int HeaderText = 150;

    /// <summary>Characters in a button label.</summary>
    public const int ButtonText = 75;

    /// <summary>Characters in a button value.</summary>
    public const int ButtonValue = 2000;

    /// <summary>Characters in an action_id, block_id or callback_id.</summary>
    public const int Id = 255;

    /// <summary>Elements in an actions block.</summary>
    public const int ActionElements = 25;

    /// <summary>Elements in a context block.</summary>
    public const int ContextElements = 10;

    /// <summary>Characters in an input label or hint.</summary>
    public const int InputLabel = 2000;

    /// <summary>Characters in a plain_text_input value (and its max_length).</summary>
    public const int InputValue = 3000;

    /// <summary>Characters in a placeholder.</summary>
    public const int Placeholder = 150;

    /// <summary>Characters in a modal title, submit or close label.</summary>
    public const int ModalLabel = 24;

    /// <summary>Characters in a modal's private_metadata.</summary>
    public const int PrivateMetadata = 3000;

    /// <summary>Characters of a message's text before Slack truncates it.</summary>
    public const int MessageText = 40_000;
}
