using CoverageMap.Core.Lookup;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Addresses;

/// <summary>
/// Leave-one-out evaluation of the address answers: every case at least <c>insideMetres</c> inside an area or
/// <c>outsideMetres</c> outside all of them is asked for by its own text with every gazetteer point of the same building
/// (same street, same numeric part of the number: 12, 12A and 12/14 alike) left out, and the answer compared with the area the case really lies in. Stateless and
/// thread-safe over immutable inputs.
/// </summary>
public static class AddressEvaluation
{
    /// <summary>Runs the evaluation.</summary>
    /// <param name="resolver">The resolver (over <paramref name="gazetteer"/> and <paramref name="areas"/>).</param>
    /// <param name="gazetteer">The gazetteer the resolver uses (to find the address's own points).</param>
    /// <param name="register">The street register (to read each case's street and number).</param>
    /// <param name="areas">The areas the truth is taken from.</param>
    /// <param name="cases">The addresses, with where they really are.</param>
    /// <param name="insideMetres">How far inside an area a case must lie to be judged.</param>
    /// <param name="outsideMetres">How far outside every area a case must lie to be judged.</param>
    public static AddressEvaluationReport Run(AddressResolver resolver, AddressGazetteer gazetteer, StreetRegister register, AreaIndex areas,
        IEnumerable<AddressEvaluationCase> cases, double insideMetres = 100, double outsideMetres = 300)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(cases);
        var parser = new AddressParser(register);
        var results = new List<AddressEvaluationResult>();
        var inconsistent = new List<AddressEvaluationCase>();
        int near = 0;
        foreach (var c in cases)
        {
            var truth = areas.Locate(c.Latitude, c.Longitude);
            bool inside;
            string? expected = null;
            if (truth.Areas.Count == 1 && !truth.OnBoundary && areas.NearestBorder(c.Latitude, c.Longitude) is { } b && b.DistanceMetres >= insideMetres)
                (inside, expected) = (true, truth.Areas[0].PartnershipId);
            else if (truth.Areas.Count == 0 && truth.Nearest is { } n && n.DistanceMetres >= outsideMetres) inside = false;
            else
            {
                near++;
                continue;
            }

            Func<int, bool>? leaveOut = null;
            string? buildingKey = null;
            if (parser.Parse(c.Text).Address is { } parsed)
            {
                var key = parsed.Street is { } s ? StreetNameNormalizer.Normalize(s.FullName).Key : StreetNameNormalizer.Normalize(parsed.StreetText).Key;
                var number = parsed.HouseNumber;
                // Strict: every point with the same numeric part (12, 12A, 12/14) on the street is left out.
                leaveOut = p => gazetteer.NumberAt(p) == number.Number && gazetteer.StreetKeyOf(gazetteer.StreetOfPoint(p)) == key;
                buildingKey = key;
            }
            // The truth itself is in doubt when the other points of the same building (other layers) lie far from this one.
            if (leaveOut is not null && Disagrees(gazetteer, gazetteer.StreetsWithKey(buildingKey!), leaveOut, c, DisagreementMetres))
            {
                inconsistent.Add(c);
                continue;
            }
            var answer = resolver.ResolveLeavingOut(c.Text, null, leaveOut);
            results.Add(new AddressEvaluationResult(c, inside, expected, answer, Judge(answer, expected)));
        }
        return new AddressEvaluationReport(results, near, inconsistent);
    }

    /// <summary>How far apart two points of one building may lie before the sources disagree on where it is.</summary>
    public const double DisagreementMetres = 250;

    /// <summary>Whether some point of the case's building (another layer's, another record's) lies more than
    /// <paramref name="metres"/> from the case: the sources then disagree on where the building is, and the truth is in doubt.</summary>
    private static bool Disagrees(AddressGazetteer gazetteer, IReadOnlyList<int> streets, Func<int, bool> sameBuilding, AddressEvaluationCase c, double metres)
    {
        foreach (var s in streets)
        {
            var (start, end) = gazetteer.PointsOf(s);
            for (int p = start; p < end; p++)
            {
                if (!sameBuilding(p)) continue;
                double d = Geometry.Geo.DistanceMetres(new NetTopologySuite.Geometries.Coordinate(c.Longitude, c.Latitude),
                    new NetTopologySuite.Geometries.Coordinate(gazetteer.LongitudeAt(p), gazetteer.LatitudeAt(p)));
                if (d > metres) return true;
            }
        }
        return false;
    }

    /// <summary>How <paramref name="answer"/> compares with <paramref name="expected"/> (a partnership, or null: outside all).</summary>
    public static AddressEvaluationOutcome Judge(AddressResolution answer, string? expected)
    {
        ArgumentNullException.ThrowIfNull(answer);
        switch (answer.Status)
        {
            case AddressResolutionStatus.Resolved:
                return expected is not null && answer.Areas.Count == 1 && answer.Areas[0].PartnershipId == expected ? AddressEvaluationOutcome.Exact : AddressEvaluationOutcome.Wrong;
            case AddressResolutionStatus.NoPartnership:
                return expected is null ? AddressEvaluationOutcome.Exact : AddressEvaluationOutcome.Wrong;
            case AddressResolutionStatus.Multiple or AddressResolutionStatus.ConflictingRules:
                bool among = expected is null ? answer.OutsideAlsoPossible : answer.Areas.Any(h => h.PartnershipId == expected);
                return among ? AddressEvaluationOutcome.AmongSeveral : AddressEvaluationOutcome.Wrong;
            case AddressResolutionStatus.AmbiguousStreet:
                return answer.Alternatives.Any(a => a.Answer is { } x && Judge(x, expected) is AddressEvaluationOutcome.Exact or AddressEvaluationOutcome.AmongSeveral)
                    ? AddressEvaluationOutcome.AmongSeveral : AddressEvaluationOutcome.None;
            default:
                return AddressEvaluationOutcome.None;
        }
    }
}
