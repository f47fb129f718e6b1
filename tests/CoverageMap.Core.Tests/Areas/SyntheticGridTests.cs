using CoverageMap.Core.Areas;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Core.Tests.Areas;

/// <summary>The synthetic grid the server's <c>--Datasets:Synthetic</c> and the PostGIS benchmark share.</summary>
public class SyntheticGridTests
{
    [Fact]
    public void The_grid_tiles_warsaws_box_with_valid_squares_of_400_vertices_one_partnership_each()
    {
        var grid = SyntheticGrid.Create(4);

        Assert.Equal(16, grid.Areas.Count);
        Assert.Equal(grid.Areas.Select(a => a.PartnershipId), grid.Partnerships.Select(p => p.Id));
        Assert.Equal(16, grid.Partnerships.Select(p => p.Id).Distinct().Count());
        Assert.All(grid.Areas, a => Assert.True(a.Geometry.IsValid, a.PartnershipId));
        Assert.All(grid.Areas, a => Assert.Equal(401, a.Geometry.NumPoints));
        Assert.Equal(0.42 * 0.27, grid.Areas.Sum(a => a.Geometry.Area), 12);

        var index = new AreaIndex(grid);
        var inside = index.Locate(52.10 + 0.27 * 0.1, 20.85 + 0.42 * 0.9);   // column 3, row 0
        Assert.Equal("synthetic-3-0", Assert.Single(inside.Areas).PartnershipId);
        Assert.Equal(2, index.Locate(52.10 + 0.27 * 0.1, 20.85 + 0.42 * 0.5).Areas.Count);   // on the border of columns 1 and 2
    }
}
