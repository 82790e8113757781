package dev.upright.progress.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.upright.progress.adherence.AdherenceQueries;
import dev.upright.progress.adherence.Attention;
import dev.upright.progress.adherence.Streak;
import dev.upright.progress.adherence.WeekFigures;
import dev.upright.progress.domain.ClientPlan;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.web.problem.ProblemException;

@ApplicationScoped
public class AdherenceService {

    static final int WEEKS_SHOWN = 12;
    static final int TREND_DAYS = 90;

    @Inject
    TenantContext tenancy;

    @Inject
    AdherenceQueries queries;

    Clock clock = Clock.systemUTC();

    public record ClientAdherence(UUID clientId, AdherenceQueries.Window last7, AdherenceQueries.Window last30,
            AdherenceQueries.Window last90, List<WeekLine> weeks, int streakWeeks,
            List<AdherenceQueries.TrendPoint> trends) {
    }

    /** A week as shown: {@code rate} is null for weeks without a plan. */
    public record WeekLine(java.time.LocalDate weekStart, int prescribed, int completed, int partial, Double rate) {
        static WeekLine of(WeekFigures week) {
            return new WeekLine(week.weekStart(), week.prescribed(), week.completed(), week.partial(), week.rate());
        }
    }

    public record CaseloadLine(AdherenceQueries.ClientSummary summary, Double rate30) {
    }

    public ClientAdherence forClient(UUID clientId) {
        String tenant = tenancy.requireTenant();
        if (!ClientPlan.knowsClient(clientId)) {
            throw ProblemException.notFound("Client", clientId);
        }
        List<WeekFigures> weeks = queries.weekly(tenant, clientId, WEEKS_SHOWN);
        return new ClientAdherence(clientId, queries.window(tenant, clientId, 7), queries.window(tenant, clientId, 30),
                queries.window(tenant, clientId, 90), weeks.stream().map(WeekLine::of).toList(), Streak.weeks(weeks),
                queries.trends(tenant, clientId, TREND_DAYS));
    }

    /** @param therapistUserId only this therapist's clients, or null for the whole clinic */
    public List<CaseloadLine> caseload(String therapistUserId) {
        String tenant = tenancy.requireTenant();
        Instant now = clock.instant();
        Comparator<Attention.Standing> order = Attention.order(now);
        return queries.caseload(tenant, therapistUserId).stream()
                .map(s -> new CaseloadLine(s, s.sessionsPrescribed30() == 0 ? null
                        : Math.min(1.0, s.sessionsDone30() / s.sessionsPrescribed30())))
                .sorted(Comparator.comparing(
                        (CaseloadLine line) -> new Attention.Standing(line.summary().openAlerts(),
                                line.summary().lastSessionAt(), line.rate30()), order)
                        .thenComparing(line -> line.summary().clientId()))
                .toList();
    }
}
