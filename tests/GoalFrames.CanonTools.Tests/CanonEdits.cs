namespace GoalFrames.CanonTools.Tests;

/// <summary>A copy of the sample canon with the edits HR makes between two publications.</summary>
internal static class CanonEdits
{
    public const string Profile = "CLINDATA1.CDM.P3";

    public static string Edited(TempDir temp)
    {
        var canon = temp.CopyOf(GoalFrames.Testing.RepoPaths.SampleCanon);
        var family = Path.Combine(canon, "families", "clinical-data.yaml");
        var text = File.ReadAllText(family)
            .Replace("and leads user acceptance testing", "and runs user acceptance testing", StringComparison.Ordinal)
            .Replace(
                "          - id: external-data\n            text: Reconciles external vendor data such as central lab and eCOA data with the clinical database\n",
                string.Empty,
                StringComparison.Ordinal)
            .Replace(
                "          - id: data-management-plan\n            text: Writes and maintains data management plans and CRF completion guidelines for assigned studies\n          - id: edc-build\n            text: Specifies EDC database builds and edit checks and runs user acceptance testing before go-live\n",
                "          - id: edc-build\n            text: Specifies EDC database builds and edit checks and runs user acceptance testing before go-live\n          - id: data-management-plan\n            text: Writes and maintains data management plans and CRF completion guidelines for assigned studies\n",
                StringComparison.Ordinal);
        File.WriteAllText(family, text);
        var levels = Path.Combine(canon, "levels.yaml");
        File.WriteAllText(levels, File.ReadAllText(levels).Replace("scope: Multiple functions or a large department", "scope: Several functions or a large department", StringComparison.Ordinal));
        return canon;
    }
}
