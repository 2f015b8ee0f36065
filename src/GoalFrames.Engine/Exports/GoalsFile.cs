namespace GoalFrames.Engine.Exports;

/// <summary>An export file and what went into it.</summary>
/// <param name="FileName">The file name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Content">Its bytes (UTF-8 text).</param>
/// <param name="People">People in the file.</param>
/// <param name="Goals">Goals in the file.</param>
/// <param name="MissingEmail">People left out of a goal tool's file for want of an email.</param>
/// <param name="GoalsWithBlanks">Goals in the file still showing an unfilled placeholder.</param>
/// <param name="AboutNobody">Drafts about nobody, not exported.</param>
public sealed record GoalsFile(
    string FileName,
    string ContentType,
    ReadOnlyMemory<byte> Content,
    int People,
    int Goals,
    IReadOnlyList<string> MissingEmail,
    int GoalsWithBlanks,
    int AboutNobody);
