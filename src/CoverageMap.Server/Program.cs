using CoverageMap.Server.MapPage;

var builder = WebApplication.CreateBuilder(args);
builder.AddMapPage();

var app = builder.Build();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapMapPage();

app.Run();

/// <summary>Entry point; public for WebApplicationFactory.</summary>
public partial class Program;
