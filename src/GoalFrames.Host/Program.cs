using GoalFrames.Host.Cli;

return await GoalFramesCommandLine.InvokeAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory tests.</summary>
public partial class Program;
