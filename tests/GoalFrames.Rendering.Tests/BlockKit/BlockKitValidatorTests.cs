using GoalFrames.Rendering.BlockKit;

namespace GoalFrames.Rendering.Tests.BlockKit;

public sealed class BlockKitValidatorTests
{
    private static readonly TextObject Ok = TextObject.Plain("ok");

    public static TheoryData<string, BlockKitMessage, string> BrokenMessages() => new()
    {
        { "51 blocks", Message([.. Enumerable.Range(0, 51).Select(_ => new DividerBlock())]), "blocks: 51 blocks; 1 to 50 allowed" },
        { "no blocks", Message([]), "blocks: 0 blocks" },
        { "empty text fallback", new BlockKitMessage(" ", [new DividerBlock()]), "text: the text fallback is empty" },
        { "section text 3001", Message([new SectionBlock { Text = TextObject.Plain(new string('a', 3001)) }]), "blocks[0].text.text: 3001 characters; the limit is 3000" },
        { "empty section text", Message([new SectionBlock { Text = TextObject.Plain(string.Empty) }]), "blocks[0].text.text: empty text" },
        { "section without text", Message([new SectionBlock()]), "blocks[0]: a section needs text or fields" },
        { "11 fields", Message([new SectionBlock { Fields = [.. Enumerable.Repeat(Ok, 11)] }]), "blocks[0].fields: 11 fields" },
        { "field 2001", Message([new SectionBlock { Fields = [TextObject.Plain(new string('a', 2001))] }]), "blocks[0].fields[0].text: 2001 characters; the limit is 2000" },
        { "header 151", Message([new HeaderBlock(TextObject.Plain(new string('h', 151)))]), "blocks[0].text.text: 151 characters; the limit is 150" },
        { "mrkdwn header", Message([new HeaderBlock(TextObject.Markdown("*h*"))]), "blocks[0].text.type: must be plain_text" },
        { "button text 76", Message([new ActionsBlock([new ButtonElement(TextObject.Plain(new string('b', 76)), "a")])]), "blocks[0].elements[0].text.text: 76 characters; the limit is 75" },
        { "button value 2001", Message([new ActionsBlock([new ButtonElement(Ok, "a") { Value = new string('v', 2001) }])]), "blocks[0].elements[0].value: 2001 characters; the limit is 2000" },
        { "button style", Message([new ActionsBlock([new ButtonElement(Ok, "a") { Style = "loud" }])]), "blocks[0].elements[0].style: 'loud' is not primary or danger" },
        { "action_id 256", Message([new ActionsBlock([new ButtonElement(Ok, new string('a', 256))])]), "blocks[0].elements[0].action_id: 256 characters; the limit is 255" },
        { "duplicate action_id", Message([new ActionsBlock([new ButtonElement(Ok, "a"), new ButtonElement(Ok, "a")])]), "blocks[0].elements[1].action_id: 'a' is used by another element" },
        { "block_id 256", Message([new DividerBlock { BlockId = new string('b', 256) }]), "blocks[0].block_id: 256 characters; the limit is 255" },
        { "duplicate block_id", Message([new DividerBlock { BlockId = "x" }, new DividerBlock { BlockId = "x" }]), "blocks[1].block_id: 'x' is used by another block" },
        { "26 action elements", Message([new ActionsBlock([.. Enumerable.Range(0, 26).Select(i => new ButtonElement(Ok, "a" + i))])]), "blocks[0].elements: 26 elements; 1 to 25 allowed" },
        { "11 context elements", Message([new ContextBlock([.. Enumerable.Repeat(Ok, 11)])]), "blocks[0].elements: 11 elements; 1 to 10 allowed" },
        { "context text 3001", Message([new ContextBlock([TextObject.Plain(new string('c', 3001))])]), "blocks[0].elements[0].text: 3001 characters" },
        { "date", Message([new InputBlock(Ok, new DatePickerElement("d") { InitialDate = "30/06/2027" })]), "blocks[0].element.initial_date: '30/06/2027' is not a YYYY-MM-DD date" },
        { "input label 2001", Message([new InputBlock(TextObject.Plain(new string('l', 2001)), new PlainTextInputElement("v"))]), "blocks[0].label.text: 2001 characters; the limit is 2000" },
        { "max_length 3001", Message([new InputBlock(Ok, new PlainTextInputElement("v") { MaxLength = 3001 })]), "blocks[0].element.max_length: 3001; 1 to 3000 allowed" },
        { "initial value over max", Message([new InputBlock(Ok, new PlainTextInputElement("v") { MaxLength = 3, InitialValue = "four" })]), "blocks[0].element.initial_value: 4 characters; the limit is 3" },
        { "placeholder 151", Message([new InputBlock(Ok, new PlainTextInputElement("v") { Placeholder = TextObject.Plain(new string('p', 151)) })]), "blocks[0].element.placeholder.text: 151 characters; the limit is 150" },
    };

    [Theory]
    [MemberData(nameof(BrokenMessages))]
    public void Validate_MessageBreakingALimit_NamesWhereAndWhich(string what, BlockKitMessage message, string problem)
    {
        var problems = BlockKitValidator.Validate(message).Select(p => p.ToString()).ToList();

        Assert.True(problems.Any(p => p.StartsWith(problem, StringComparison.Ordinal)), $"{what}: expected '{problem}' in [{string.Join("; ", problems)}]");
        Assert.Throws<BlockKitLimitException>(() => BlockKitValidator.EnsureValid(message));
    }

    [Fact]
    public void Validate_MessageAtEveryLimit_IsValid()
    {
        var message = Message(
        [
            new HeaderBlock(TextObject.Plain(new string('h', 150))),
            new SectionBlock { Text = TextObject.Plain(new string('a', 3000)), Fields = [.. Enumerable.Repeat(TextObject.Plain(new string('f', 2000)), 10)] },
            new ActionsBlock([.. Enumerable.Range(0, 25).Select(i => new ButtonElement(TextObject.Plain(new string('b', 75)), "a" + i) { Value = new string('v', 2000) })]),
            new ContextBlock([.. Enumerable.Repeat(TextObject.Plain(new string('c', 3000)), 10)]),
            .. Enumerable.Range(0, 46).Select(i => new DividerBlock { BlockId = new string('d', 250) + i }),
        ]);

        Assert.Empty(BlockKitValidator.Validate(message));
    }

    [Theory]
    [InlineData(100, 24, 3000, true)]
    [InlineData(101, 24, 3000, false)]
    [InlineData(1, 25, 3000, false)]
    [InlineData(1, 24, 3001, false)]
    public void Validate_Modal_EnforcesBlocksTitleAndMetadata(int blocks, int title, int metadata, bool valid)
    {
        var modal = new ModalView(TextObject.Plain(new string('t', title)), [.. Enumerable.Range(0, blocks).Select(_ => new DividerBlock())])
        {
            Submit = TextObject.Plain("Save"),
            Close = TextObject.Plain("Cancel"),
            CallbackId = "goals.save",
            PrivateMetadata = new string('m', metadata),
        };

        Assert.Equal(valid, BlockKitValidator.Validate(modal).Count == 0);
    }

    [Fact]
    public void Validate_ModalWithInputsAndNoSubmitOrLongLabels_IsRejected()
    {
        var modal = new ModalView(Ok, [new InputBlock(Ok, new PlainTextInputElement("v"))]) { Close = TextObject.Plain(new string('c', 25)), CallbackId = new string('c', 256) };

        var problems = BlockKitValidator.Validate(modal).Select(p => p.Path).ToList();

        Assert.Equal(["submit", "close.text", "callback_id"], problems);
    }

    private static BlockKitMessage Message(IReadOnlyList<Block> blocks) => new("fallback", blocks);
}
