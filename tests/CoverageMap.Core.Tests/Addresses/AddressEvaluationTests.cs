using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Tests.Shared;

namespace CoverageMap.Core.Tests.Addresses;

/// <summary>The leave-one-out evaluation's counts on a fixed fixture (<see cref="SquareDataset"/>: p-1 | p-2 | p-3).</summary>
public sealed class AddressEvaluationTests
{
    private static AddressPoint P(string id, string street, string number, double lat, double lon) =>
        new(id, street, StreetNameNormalizer.Normalize(street).Key, number, HouseNumber.TryParse(number, out var n) ? n : throw new ArgumentException(number),
            null, lat, lon, "test", $"{street}-{number}-{lat}");

    [Fact]
    public void Counts_inside_and_outside_leaving_each_building_out_and_not_judging_border_or_doubtful_points()
    {
        var register = new StreetRegister([
            new RegisteredStreet("1", "ulica", "Elbląska", "Elbląska", ["Żoliborz"], []),
            new RegisteredStreet("2", "ulica", "Daleka", "Daleka", ["Wawer"], []),
            new RegisteredStreet("3", "ulica", "Graniczna", "Graniczna", ["Żoliborz"], []),
        ]);
        AddressPoint[] points = [
            // Elbląska, an interior street of p-2 (lon 21.015, 350 m from either border): 2, 4, 6, 8, 10.
            .. new[] { 2, 4, 6, 8, 10 }.Select(n => P("1", "Elbląska", n.ToString(System.Globalization.CultureInfo.InvariantCulture), 52.202 + n * 0.0004, 21.015)),
            // Daleka, far outside every area.
            P("2", "Daleka", "1", 52.300, 21.200), P("2", "Daleka", "3", 52.301, 21.200),
            // Graniczna 1, 20 m from the p-1 | p-2 border: not judged.
            P("3", "Graniczna", "1", 52.205, 21.0103),
            // Elbląska 12 twice: the second 700 m from the first, so where no. 12 is, is in doubt (both not judged).
            P("1", "Elbląska", "12", 52.2068, 21.015), P("1", "Elbląska", "12", 52.2068, 21.0255),
            // Elbląska 14: two records of one source at one place, a third 700 m away (a school register's geocoding
            // against a shop layer): the sources disagree, so none of the three is judged, the twins included.
            P("1", "Elbląska", "14", 52.2076, 21.015), P("1", "Elbląska", "14", 52.2076, 21.015), P("1", "Elbląska", "14", 52.2076, 21.0255),
        ];
        var gazetteer = new AddressGazetteer(points);
        var dataset = SquareDataset.Create();
        var areas = new AreaIndex(dataset);
        var resolver = new AddressResolver(register, StreetRuleSet.Empty, gazetteer, areas, StreetAreaCoverage.Empty, dataset);
        var cases = points.Select(p => new AddressEvaluationCase($"ul. {p.StreetName} {p.HouseNumberText}", p.Latitude, p.Longitude));

        var report = AddressEvaluation.Run(resolver, gazetteer, register, areas, cases);

        Assert.Equal(5, report.Total(inside: true));
        Assert.Equal(5, report.Count(true, AddressEvaluationOutcome.Exact));
        Assert.Equal(2, report.Total(inside: false));
        Assert.Equal(2, report.Count(false, AddressEvaluationOutcome.Exact));
        Assert.Equal(1, report.NearBorder);
        Assert.Equal(5, report.Inconsistent.Count);
        Assert.Equal(0, report.WrongShare);
        // Left out, the building's own point never answers: interpolation, the whole street or the register do.
        Assert.DoesNotContain(report.Results, r => r.Answer.Basis == AnswerBasis.AddressPoint);
    }
}
