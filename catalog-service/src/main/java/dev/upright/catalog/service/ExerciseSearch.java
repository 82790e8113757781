package dev.upright.catalog.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

import dev.upright.catalog.domain.Equipment;
import dev.upright.catalog.domain.Exercise;
import dev.upright.contracts.catalog.Household;

/**
 * Catalogue search in SQL: PostgreSQL full-text search over the stored search vector, the filters as
 * plain predicates, and a total count from the same predicates. Ordering is stable (rank, name, id).
 */
@ApplicationScoped
public class ExerciseSearch {

    @Inject
    EntityManager em;

    /** One exercise of a result page: enough to tell whether a copy held elsewhere is still current. */
    public record Hit(UUID id, long version) {
    }

    public record Result(List<Hit> hits, long total) {
    }

    public Result search(ExerciseQuery query, String tenant) {
        var where = new StringBuilder("""
                where not e.retired and (e.tenant_id is null or e.tenant_id = :tenant)""");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        if (query.text() != null) {
            where.append(" and e.search_vector @@ websearch_to_tsquery('english', :text)");
            params.put("text", query.text());
        }
        equal("category", query.category(), where, params);
        equal("difficulty", query.difficulty(), where, params);
        equal("movement", query.movement(), where, params);
        if (!query.muscles().isEmpty()) {
            where.append(" and exists (select 1 from exercise_muscle em"
                    + " where em.exercise_id = e.id and em.muscle_code in (:muscles))");
            params.put("muscles", query.muscles());
        }
        if (!query.equipment().isEmpty()) {
            // Matches when some setup needs nothing the client lacks; bodyweight and household items every client has
            where.append(" and exists (select 1 from jsonb_array_elements(e.setups) s where not exists ("
                    + "select 1 from jsonb_array_elements_text(s -> 'equipment') need where need not in (:had)))");
            var had = new LinkedHashSet<>(query.equipment());
            had.add(Equipment.NONE);
            had.addAll(Household.ITEMS);
            params.put("had", had);
        }
        String order = query.text() != null
                ? " order by ts_rank(e.search_vector, websearch_to_tsquery('english', :text)) desc, e.name, e.id"
                : " order by e.name, e.id";

        // The page and the total in one round trip: the window count sees every match before the limit
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(
                "select e.id, e.version, count(*) over () from exercise e " + where + order), params)
                .setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultList();
        List<Hit> hits = rows.stream().map(r -> new Hit((UUID) r[0], ((Number) r[1]).longValue())).toList();
        long total = rows.isEmpty()
                ? ((Number) bind(em.createNativeQuery("select count(*) from exercise e " + where), params)
                        .getSingleResult()).longValue()
                : ((Number) rows.getFirst()[2]).longValue();
        return new Result(hits, total);
    }

    private static void equal(String column, String value, StringBuilder where, Map<String, Object> params) {
        if (value != null && !value.isBlank()) {
            where.append(" and e.").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    /** The exercises with these ids, muscles and equipment fetched in the same query; order not kept. */
    public List<Exercise> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct e from Exercise e left join fetch e.muscles left join fetch e.equipment"
                + " where e.id in :ids", Exercise.class)
                .setParameter("ids", ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** Recomputes the search text of these exercises; call after their muscles and texts are flushed. */
    public void refreshSearchText(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("update exercise set search_vector = exercise_search_vector(id) where id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }
}
