using Reciprocity.Practice;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Practice;

/// <summary>
/// How each pair of a household moved across its sessions: the rounds released to the facilitator in each session the
/// pair took part in (each member confirmed their seat there), numbered in the order they opened. No total, no ranking.
/// </summary>
public sealed partial class PracticeGrain
{
    public async Task<HouseholdMovement> GetMovement(Guid householdId)
    {
        var household = Known(householdId);
        var records = await Task.WhenAll(household.Sessions.Select(id => Answers.StillThere(Practice(id).GetRecord(FacilitatorId))));
        var byPeople = new Dictionary<string, (Dictionary<Guid, string> Names, List<(SessionView Session, ReleasedRoundPerspectives Round)> Rounds)>(StringComparer.Ordinal);
        foreach (var record in records.OfType<SessionRecord>())
        {
            foreach (var pair in record.Pairs.Where(pair => pair.Names.Count == 2))
            {
                var key = string.Join('|', pair.Names.Keys.Order());
                if (!byPeople.TryGetValue(key, out var movement))
                {
                    byPeople[key] = movement = (new Dictionary<Guid, string>(pair.Names), []);
                }

                movement.Rounds.AddRange(pair.Rounds.Select(round => (record.Session, round)));
            }
        }

        return new HouseholdMovement(householdId, [.. byPeople.Values
            .Where(movement => movement.Rounds.Count > 0)
            .Select(movement => new PairMovement(movement.Names, [.. movement.Rounds
                .OrderBy(r => r.Round.RevealedAt)
                .Select((r, i) => new MovementRound(i + 1, r.Session.SessionId, r.Session.Title, r.Round.RevealedAt, r.Round.Perspectives))]))]);
    }
}
