// Usage: dotnet GoalFrames.LoadBaseline.dll <response-file> <content-type> --urls http://127.0.0.1:PORT
// Answers every POST with the bytes of <response-file>: the ceiling a real handler is measured against.
var bytes = await File.ReadAllBytesAsync(args[0]);
var contentType = args[1];
var builder = WebApplication.CreateSlimBuilder(args[2..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/{**path}", () => Results.Bytes(bytes, contentType));
await app.RunAsync();
