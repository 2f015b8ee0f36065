namespace GoalFrames.Rendering.BlockKit;

/// <summary>The limits of each block and element type.</summary>
internal static class BlockKitBlockChecks
{
    public static void Check(BlockKitChecks check, string at, Block block)
    {
        switch (block)
        {
            case HeaderBlock header:
                check.Plain(at + ".text", header.Text, BlockKitLimits.HeaderText);
                break;
            case SectionBlock section:
                Section(check, at, section);
                break;
            case ContextBlock context:
                check.Count(at + ".elements", context.Elements, 1, BlockKitLimits.ContextElements, "elements");
                for (var i = 0; i < (context.Elements?.Count ?? 0); i++)
                {
                    check.Text(BlockKitChecks.Invariant($"{at}.elements[{i}]"), context.Elements![i], BlockKitLimits.Text);
                }

                break;
            case ActionsBlock actions:
                check.Count(at + ".elements", actions.Elements, 1, BlockKitLimits.ActionElements, "elements");
                Elements(check, at + ".elements", actions.Elements ?? []);
                break;
            case InputBlock input:
                check.Plain(at + ".label", input.Label, BlockKitLimits.InputLabel);
                if (input.Hint is not null)
                {
                    check.Plain(at + ".hint", input.Hint, BlockKitLimits.InputLabel);
                }

                if (input.Element is ButtonElement)
                {
                    check.Add(at + ".element", "an input block takes an input element, not a button");
                }

                Element(check, at + ".element", input.Element);
                break;
        }
    }

    private static void Section(BlockKitChecks check, string at, SectionBlock section)
    {
        if (section.Text is null && (section.Fields is null || section.Fields.Count == 0))
        {
            check.Add(at, "a section needs text or fields");
        }

        if (section.Text is not null)
        {
            check.Text(at + ".text", section.Text, BlockKitLimits.Text);
        }

        if (section.Fields is not null)
        {
            check.Count(at + ".fields", section.Fields, 1, BlockKitLimits.Fields, "fields");
            for (var i = 0; i < section.Fields.Count; i++)
            {
                check.Text(BlockKitChecks.Invariant($"{at}.fields[{i}]"), section.Fields[i], BlockKitLimits.FieldText);
            }
        }

        if (section.Accessory is not null)
        {
            Element(check, at + ".accessory", section.Accessory);
        }
    }

    private static void Elements(BlockKitChecks check, string at, IReadOnlyList<BlockElement> elements)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            var path = BlockKitChecks.Invariant($"{at}[{i}]");
            Element(check, path, elements[i]);
            if (!ids.Add(elements[i].ActionId))
            {
                check.Add(path + ".action_id", $"'{elements[i].ActionId}' is used by another element of the block");
            }
        }
    }

    private static void Element(BlockKitChecks check, string at, BlockElement? element)
    {
        if (element is null)
        {
            check.Add(at, "missing");
            return;
        }

        if (string.IsNullOrEmpty(element.ActionId))
        {
            check.Add(at + ".action_id", "empty");
        }

        check.Length(at + ".action_id", element.ActionId, BlockKitLimits.Id);
        switch (element)
        {
            case ButtonElement button:
                check.Plain(at + ".text", button.Text, BlockKitLimits.ButtonText);
                check.Length(at + ".value", button.Value, BlockKitLimits.ButtonValue);
                if (button.Style is not (null or "primary" or "danger"))
                {
                    check.Add(at + ".style", $"'{button.Style}' is not primary or danger");
                }

                break;
            case PlainTextInputElement input:
                if (input.MaxLength is < 1 or > BlockKitLimits.InputValue)
                {
                    check.Add(at + ".max_length", BlockKitChecks.Invariant($"{input.MaxLength}; 1 to {BlockKitLimits.InputValue} allowed"));
                }

                check.Length(at + ".initial_value", input.InitialValue, input.MaxLength ?? BlockKitLimits.InputValue);
                Placeholder(check, at, input.Placeholder);
                break;
            case DatePickerElement picker:
                if (picker.InitialDate is { } date && !BlockKitValidator.IsDate(date))
                {
                    check.Add(at + ".initial_date", $"'{date}' is not a YYYY-MM-DD date");
                }

                Placeholder(check, at, picker.Placeholder);
                break;
        }
    }

    private static void Placeholder(BlockKitChecks check, string at, TextObject? placeholder)
    {
        if (placeholder is not null)
        {
            check.Plain(at + ".placeholder", placeholder, BlockKitLimits.Placeholder);
        }
    }
}
