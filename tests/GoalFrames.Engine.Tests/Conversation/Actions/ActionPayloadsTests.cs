using System.Text.Json;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Tests.Conversation.Actions;

public sealed class ActionPayloadsTests
{
    private const string Profile = "CLINIC1.CLINICAL3CD6.M5";
    private const string Canon = "0123456789abcdef";

    public static TheoryData<GoalsAction> EveryAction() =>
    [
        new GoalsAction.Run("clinops M5 smart"),
        new GoalsAction.SwitchFramework(Profile, FrameKind.Okr),
        new GoalsAction.SwitchFramework(Profile, null),
        new GoalsAction.CopyAsText(Profile, FrameKind.Smart),
        new GoalsAction.PostToChannel(Profile, FrameKind.Mbo),
        new GoalsAction.EditInDirectMessage(Profile, FrameKind.Scorecard),
        new GoalsAction.EditGoal(Profile, FrameKind.Scorecard, "scorecard/process/dept-head"),
        new GoalsAction.Save(Profile, FrameKind.Okr, Canon, [new DraftValue("okr/dept-head", "kr1.date", "2027-06-30"), new DraftValue("okr/dept-head", "kr1.target", "<b>12</b> & \"more\"")]),
        new GoalsAction.Save(Profile, FrameKind.Smart, Canon, []),
        new GoalsAction.Reset(Profile, null, Canon),
        new GoalsAction.Refresh(Profile, FrameKind.Smart),
        new GoalsAction.AcceptCanonChange(Profile, FrameKind.Okr, "okr/dept-head"),
        new GoalsAction.AcceptCanonChange(Profile, null, "scorecard/calibration/decision-rights"),
        new GoalsAction.AcceptCanonChange(Profile, FrameKind.Smart, "smart/budget") { Values = [new DraftValue("smart/budget", "target", "2%"), new DraftValue("smart/hiring", "date", string.Empty)] },
    ];

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void Parse_SerializedAction_GivesTheSameActionBack(GoalsAction action)
    {
        var read = ActionPayloads.Parse(ActionPayloads.Serialize(action));

        Assert.Equal(action, Assert.IsType<ActionReadResult.Accepted>(read).Action);
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void Read_PayloadAsJsonObject_GivesTheSameActionBack(GoalsAction action)
    {
        var data = JsonSerializer.SerializeToElement(ActionPayloads.Write(action), ActionJsonContext.Default.ActionPayload);

        Assert.Equal(action, Assert.IsType<ActionReadResult.Accepted>(ActionPayloads.Read(data)).Action);
    }

    [Fact]
    public void Serialize_Save_CarriesVersionNameAndValuesByInputId()
    {
        var json = ActionPayloads.Serialize(new GoalsAction.Save(Profile, FrameKind.Smart, Canon, [new DraftValue("smart/dept-head", "target", "95%")]));

        Assert.Equal("{\"v\":1,\"action\":\"save\",\"profile\":\"CLINIC1.CLINICAL3CD6.M5\",\"frames\":\"smart\",\"canon\":\"0123456789abcdef\",\"smart/dept-head#target\":\"95%\"}", json);
    }

    [Fact]
    public void Read_InputsMergedIntoTheData_BecomeTheSavedValuesAndForeignFieldsAreIgnored()
    {
        using var data = JsonDocument.Parse("""
            {"v":1,"action":"save","profile":"CLINIC1.CLINICAL3CD6.M5","frames":"smart","canon":"0123456789abcdef",
             "msteams":{"type":"messageBack"},"smart/lead-programs#date":"2027-01-31","smart/dept-head#baseline":"","smart/dept-head#target":"4 reviews"}
            """);

        var save = Assert.IsType<GoalsAction.Save>(Assert.IsType<ActionReadResult.Accepted>(ActionPayloads.Read(data.RootElement)).Action);

        Assert.Equal(
            [new DraftValue("smart/dept-head", "baseline", string.Empty), new DraftValue("smart/dept-head", "target", "4 reviews"), new DraftValue("smart/lead-programs", "date", "2027-01-31")],
            save.Values);
    }

    [Fact]
    public void Parse_WithSeparateInputs_InputsWinOverTheData()
    {
        var metadata = ActionPayloads.Serialize(new GoalsAction.Save(Profile, FrameKind.Mbo, Canon, [new DraftValue("mbo/dept-head", "target", "old")]));

        var read = ActionPayloads.Parse(metadata, [new("mbo/dept-head#target", "new"), new("mbo/dept-head#date", "2027-03-01")]);

        var save = Assert.IsType<GoalsAction.Save>(Assert.IsType<ActionReadResult.Accepted>(read).Action);
        Assert.Equal([new DraftValue("mbo/dept-head", "date", "2027-03-01"), new DraftValue("mbo/dept-head", "target", "new")], save.Values);
    }

    [Theory]
    [InlineData(null, "the data is empty")]
    [InlineData("", "the data is empty")]
    [InlineData("save", "not readable JSON")]
    [InlineData("{\"v\":1,\"action\":", "not readable JSON")]
    [InlineData("{\"v\":\"1\",\"action\":\"save\"}", "not readable JSON")]
    [InlineData("null", "there is no data")]
    [InlineData("{\"action\":\"save\"}", "no version field 'v'")]
    [InlineData("{\"v\":2,\"action\":\"save\"}", "action version 2 is not supported")]
    [InlineData("{\"v\":1}", "has no 'action'")]
    [InlineData("{\"v\":1,\"action\":\"delete-everything\",\"profile\":\"A.B.C\",\"frames\":\"all\"}", "unknown action 'delete-everything'")]
    [InlineData("{\"v\":1,\"action\":\"run\"}", "needs a 'line'")]
    [InlineData("{\"v\":1,\"action\":\"switch-framework\",\"frames\":\"okr\"}", "needs a 'profile' id")]
    [InlineData("{\"v\":1,\"action\":\"switch-framework\",\"profile\":\"clinops\",\"frames\":\"okr\"}", "needs a 'profile' id")]
    [InlineData("{\"v\":1,\"action\":\"switch-framework\",\"profile\":\"A.B.C\",\"frames\":\"okrs\"}", "'frames' must be smart, okr, mbo, scorecard, growth or all, not 'okrs'")]
    [InlineData("{\"v\":1,\"action\":\"switch-framework\",\"profile\":\"A.B.C\"}", "'frames' must be")]
    [InlineData("{\"v\":1,\"action\":\"edit-goal\",\"profile\":\"A.B.C\",\"frames\":\"smart\",\"item\":\"../etc\"}", "needs an 'item' key")]
    [InlineData("{\"v\":1,\"action\":\"save\",\"profile\":\"A.B.C\",\"frames\":\"smart\"}", "needs the 'canon' fingerprint")]
    [InlineData("{\"v\":1,\"action\":\"accept-canon-change\",\"profile\":\"A.B.C\",\"frames\":\"all\"}", "needs an 'item' key of the frameworks shown")]
    [InlineData("{\"v\":1,\"action\":\"accept-canon-change\",\"profile\":\"A.B.C\",\"frames\":\"okr\",\"item\":\"smart/dept-head\"}", "needs an 'item' key of the frameworks shown")]
    [InlineData("{\"v\":1,\"action\":\"accept-canon-change\",\"profile\":\"A.B.C\",\"frames\":\"all\",\"item\":\"okrs/dept-head\"}", "needs an 'item' key of the frameworks shown")]
    [InlineData("{\"v\":1,\"action\":\"save\",\"profile\":\"A.B.C\",\"frames\":\"smart\",\"canon\":\"f\",\"smart/x#date\":\"next week\"}", "must be a date written yyyy-MM-dd, not 'next week'")]
    [InlineData("{\"v\":1,\"action\":\"save\",\"profile\":\"A.B.C\",\"frames\":\"smart\",\"canon\":\"f\",\"smart/x#date\":\"2027-02-30\"}", "must be a date")]
    [InlineData("{\"v\":1,\"action\":\"save\",\"profile\":\"A.B.C\",\"frames\":\"smart\",\"canon\":\"f\",\"smart/x#target\":42}", "the value of 'smart/x#target' must be text")]
    public void Parse_GarbledOrUnknownData_IsRejectedWithAReason(string? json, string reason)
    {
        var read = ActionPayloads.Parse(json);

        Assert.Contains(reason, Assert.IsType<ActionReadResult.Rejected>(read).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValueLongerThanTheLimit_IsRejected()
    {
        var json = ActionPayloads.Serialize(new GoalsAction.Save(Profile, FrameKind.Smart, Canon, [new DraftValue("smart/x", "target", new string('9', GoalInputs.MaxValueLength + 1))]));

        Assert.Contains("the limit is 200", Assert.IsType<ActionReadResult.Rejected>(ActionPayloads.Parse(json)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DataThatIsNotAnObject_IsRejected()
    {
        using var data = JsonDocument.Parse("[1,2]");

        Assert.Equal("not a GoalFrames action: the data is an array, not an object", Assert.IsType<ActionReadResult.Rejected>(ActionPayloads.Read(data.RootElement)).Reason);
    }

    [Fact]
    public void ToCommand_SwitchAndCopy_AskTheResponderForTheFramesByProfileId()
    {
        var frames = Assert.IsType<GoalsCommand.ShowFrames>(new GoalsAction.CopyAsText(Profile, null).ToCommand());

        Assert.Equal(new ProfileTarget(Profile, null), frames.Target);
        Assert.Equal(FrameKinds.All, frames.Kinds);
        Assert.True(frames.AsText);
        Assert.False(Assert.IsType<GoalsCommand.ShowFrames>(new GoalsAction.SwitchFramework(Profile, FrameKind.Okr).ToCommand()).AsText);
        Assert.IsType<GoalsCommand.ShowProfile>(new GoalsAction.Run("clinops M5").ToCommand());
    }

    [Theory]
    [InlineData("okr/dept-head#kr1.target", "okr/dept-head", "kr1.target")]
    [InlineData("scorecard/calibration/decision-rights#date", "scorecard/calibration/decision-rights", "date")]
    public void TryParse_InputId_GivesItemKeyAndSlot(string id, string itemKey, string slot)
    {
        Assert.True(GoalInputs.TryParse(id, out var key, out var s));
        Assert.Equal((itemKey, slot), (key, s));
        Assert.Equal(id, GoalInputs.Id(itemKey, slot));
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("smart/dept-head#owner")]
    [InlineData("smart/dept-head")]
    [InlineData("#target")]
    public void TryParse_NotAnInputId_IsFalse(string id)
    {
        Assert.False(GoalInputs.TryParse(id, out _, out _));
    }
}
