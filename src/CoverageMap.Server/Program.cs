using CoverageMap.Server.Datasets;
using CoverageMap.Server.Features.Areas;
using CoverageMap.Server.Features.Editor;
using CoverageMap.Server.Features.Health;
using CoverageMap.Server.Features.Lists;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Features.MapPage;
using CoverageMap.Server.Features.Partnerships;
using CoverageMap.Server.Features.Streets;
using CoverageMap.Server.Features.Versions;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;

var builder = WebApplication.CreateBuilder(args);
builder.UseAppContent();
builder.AddMapPage();

builder.Services.AddDatasets(builder.Configuration);
builder.Services.AddStore(builder.Configuration, builder.Environment);
builder.Services.AddApiPlumbing(builder.Configuration);
builder.Services.AddApiDocs();
builder.Services.AddSingleton<SnapshotDocumentCache>();
builder.Services.AddLookup();
builder.Services.AddAddressLookup();
builder.Services.AddEditor();
builder.Services.AddVersions();
builder.Services.AddLists();

var app = builder.Build();

app.UseApiPlumbing();
app.UseAnswerLocalization();

app.MapLookup();
app.MapStreets();
app.MapPartnerships();
app.MapAreas();
app.MapVersions();
app.MapHealth();
app.MapApiDocs();
app.MapMapPage();
app.MapEditor();
app.MapLists();

app.Run();

/// <summary>Entry point; public for WebApplicationFactory.</summary>
public partial class Program;
