using Reciprocity.Grains.Rules;
using Reciprocity.Practice;
using Reciprocity.Sessions;

namespace Reciprocity.Grains.Practice;

/// <summary>
/// A person's practice as a facilitator (keyed by their person id): their households, each named for the facilitator
/// alone, and the sessions run for it. It calls sessions, never people, so nothing waits on it in a circle.
/// </summary>
public sealed partial class PracticeGrain(
    [PersistentState("practice", ReciprocityStorage.Name)] IPersistentState<PracticeState> store,
    TimeProvider time) : Grain, IPracticeGrain
{
    private const int MaxHouseholds = 200;
    private const int MaxSessionsPerHousehold = 100;

    private PracticeState State => store.State;

    private Guid FacilitatorId => this.GetPrimaryKey();

    public async Task<PracticeHome> GetHome(bool archived)
    {
        if (State.Households.Any(h => h.Deleting))
        {
            await FinishDeletions();
        }

        var households = State.Households.Where(h => !h.Deleting && h.Archived == archived).ToList();
        var views = await Task.WhenAll(households.Select(View));
        return new PracticeHome(State.Facilitates, views);
    }

    public async Task<PracticeHome> SetFacilitates(bool facilitates)
    {
        if (State.Facilitates != facilitates)
        {
            await store.Replace(State with { Facilitates = facilitates });
        }

        return await GetHome(archived: false);
    }

    public async Task<HouseholdView> AddHousehold(string name, SessionKind kind)
    {
        var violations = new RuleViolations();
        TextRules.CheckName(violations, "name", name, required: true);
        if (!Enum.IsDefined(kind))
        {
            violations.Add("kind", "refusal.practice.chooseKind");
        }

        violations.ThrowIfAny();
        if (State.Households.Count >= MaxHouseholds)
        {
            throw AuditRuleException.Conflict("refusal.practice.householdsFull", ("limit", MaxHouseholds));
        }

        var household = new HouseholdState { HouseholdId = Guid.NewGuid(), Name = name.Trim(), Kind = kind, AddedAt = time.GetUtcNow() };
        await store.Replace(State with { Households = State.Households.Add(household) });
        return await View(household);
    }

    public async Task<HouseholdView> ChangeHousehold(Guid householdId, HouseholdChange change)
    {
        var household = Known(householdId);
        var violations = new RuleViolations();
        if (change.Name is not null)
        {
            TextRules.CheckName(violations, "name", change.Name, required: true);
        }

        if (change.NextSession is { } next && next < DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(-1)))
        {
            violations.Add("nextSession", "refusal.practice.dayFromToday");
        }

        violations.ThrowIfAny();
        var changed = household with
        {
            Name = change.Name?.Trim() ?? household.Name,
            NextSession = change.ClearNextSession ? null : change.NextSession ?? household.NextSession,
            Archived = change.Archived ?? household.Archived,
        };
        await store.Replace(State with { Households = State.Households.Replace(household, changed) });
        return await View(changed);
    }

    public async Task<StartedSession> StartSession(Guid householdId, string title, string facilitatorName)
    {
        var household = Known(householdId);
        if (household.Sessions.Count >= MaxSessionsPerHousehold)
        {
            throw AuditRuleException.Conflict("refusal.practice.sessionsFull", ("limit", MaxSessionsPerHousehold));
        }

        var sessionId = Guid.NewGuid();
        var view = await Session(sessionId).Open(new SessionOpening(FacilitatorId, facilitatorName, title, household.Kind));

        // Listed before seats are carried: a crash between the two leaves a session with no seats yet, on the home.
        var agreed = household.NextSession is { } day && day <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime) ? null : household.NextSession;
        var listed = household with { Sessions = household.Sessions.Add(sessionId), NextSession = agreed, Archived = false };
        await store.Replace(State with { Households = State.Households.Replace(household, listed) });

        IReadOnlyList<IssuedSeat> carried = [];
        if (household.Sessions.LastOrDefault() is { } latest && latest != Guid.Empty)
        {
            var seats = await Answers.StillThere(Practice(latest).SeatsToCarry(FacilitatorId)) ?? [];
            if (seats.Count > 0)
            {
                carried = await Practice(sessionId).CarrySeats(FacilitatorId, seats);
                view = await Session(sessionId).GetView(FacilitatorId);
            }
        }

        return new StartedSession(view, carried);
    }

    public Task<PracticeIndex> GetIndex() =>
        Task.FromResult(new PracticeIndex(State.Facilitates, [.. State.Households.Where(h => !h.Deleting).Select(h => h.HouseholdId)]));

    public async Task<HouseholdRecord> ExportHousehold(Guid householdId)
    {
        var household = Known(householdId);
        var records = await Task.WhenAll(household.Sessions.Select(id => Answers.StillThere(Practice(id).GetRecord(FacilitatorId))));
        return new HouseholdRecord(await View(household), [.. records.OfType<SessionRecord>()]);
    }

    private async Task<HouseholdView> View(HouseholdState household)
    {
        var lines = await Task.WhenAll(household.Sessions.Select(id => Answers.StillThere(Practice(id).GetLine(FacilitatorId))));
        var sessions = lines.OfType<SessionLine>().ToList();
        return new HouseholdView(
            household.HouseholdId,
            household.Name,
            household.Kind,
            household.NextSession,
            household.Archived,
            sessions,
            sessions.Sum(line => line.SeatsWaiting),
            sessions.Sum(line => line.PairsReady));
    }

    private HouseholdState Known(Guid householdId) => State.Household(householdId) ?? throw AuditRuleException.NotFound();

    private ISessionGrain Session(Guid id) => GrainFactory.ByGuid<ISessionGrain>(id);

    private ISessionPractice Practice(Guid id) => GrainFactory.ByGuid<ISessionPractice>(id);
}
