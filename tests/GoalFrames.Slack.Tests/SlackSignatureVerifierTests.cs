using System.Text;
using GoalFrames.Slack.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GoalFrames.Slack.Tests;

/// <summary>Slack's documented signing example (PROTOCOLS.md) and its negatives.</summary>
public sealed class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const long Timestamp = 1531420618;
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    [Fact]
    public void Verify_SlacksDocumentedExample_IsValid()
    {
        Assert.Equal(SignatureCheck.Valid, Verifier(Timestamp).Verify("1531420618", Expected, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Sign_SlacksDocumentedExample_GivesTheDocumentedSignature()
    {
        Assert.Equal(Expected, Encoding.ASCII.GetString(SlackSignatureVerifier.Sign(Secret, "1531420618", Encoding.UTF8.GetBytes(Body))));
    }

    [Fact]
    public void Verify_TamperedBody_IsAMismatch()
    {
        Assert.Equal(SignatureCheck.Mismatch, Verifier(Timestamp).Verify("1531420618", Expected, Encoding.UTF8.GetBytes(Body + "x")));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Verify_TimestampMoreThanFiveMinutesAwayEitherWay_IsStale(long offset)
    {
        Assert.Equal(SignatureCheck.Stale, Verifier(Timestamp + offset).Verify("1531420618", Expected, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public void Verify_TimestampJustInsideTheWindow_IsValid(long offset)
    {
        Assert.Equal(SignatureCheck.Valid, Verifier(Timestamp + offset).Verify("1531420618", Expected, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Verify_NoSecretConfigured_RefusesEverything()
    {
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions()), At(Timestamp));

        Assert.Equal(SignatureCheck.NotConfigured, verifier.Verify("1531420618", Expected, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(null, Expected, "MissingHeaders")]
    [InlineData("1531420618", null, "MissingHeaders")]
    [InlineData("yesterday", Expected, "MalformedTimestamp")]
    [InlineData("1531420618", "v0=00", "Mismatch")]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "Mismatch")]
    public void Verify_BadHeaders_AreRefused(string? timestamp, string? signature, string expected)
    {
        Assert.Equal(Enum.Parse<SignatureCheck>(expected), Verifier(Timestamp).Verify(timestamp, signature, Encoding.UTF8.GetBytes(Body)));
    }

    private static SlackSignatureVerifier Verifier(long now) => new(Options.Create(new SlackOptions { SigningSecret = Secret }), At(now));

    private static FakeTimeProvider At(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
}
