package dev.upright.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which service owns a request path. Patterns are slash-separated: {@code *} stands for exactly
 * one segment, and a trailing {@code /**} for the prefix itself and everything under it. When several
 * patterns match, the most specific one wins, so a service can own a branch inside another's tree
 * (progress owns each client's sessions although plan owns everything else under {@code /api/v1/clients}).
 * Plain Java on purpose: routing is tested without starting anything.
 */
public final class RouteTable {

    /** The service chosen for a path, and the pattern that chose it. */
    public record Route(String service, String pattern) {
    }

    private final List<Rule> rules;

    private RouteTable(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * @param patternsByService the path patterns each service owns
     * @throws IllegalArgumentException for a malformed pattern, or one pattern claimed by two services
     */
    public static RouteTable of(Map<String, List<String>> patternsByService) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> ownerByPattern = new HashMap<>();
        patternsByService.forEach((service, patterns) -> {
            for (String pattern : patterns) {
                Rule rule = Rule.parse(service, pattern.strip());
                String previous = ownerByPattern.putIfAbsent(rule.canonical(), service);
                if (previous != null && !previous.equals(service)) {
                    throw new IllegalArgumentException("Pattern " + rule.pattern() + " is claimed by both "
                            + previous + " and " + service);
                }
                rules.add(rule);
            }
        });
        // Most specific first; the pattern text only makes the order stable between equal rules
        rules.sort(Comparator.comparing(Rule::specificity).reversed().thenComparing(Rule::pattern));
        return new RouteTable(List.copyOf(rules));
    }

    /** The owner of a raw request path (without query), or empty when no service owns it. */
    public Optional<Route> route(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = path.substring(1).split("/", -1);
        if (hasDotSegment(segments)) {
            // The upstream would resolve "..", landing on a path we never routed
            return Optional.empty();
        }
        return rules.stream()
                .filter(rule -> rule.matches(segments))
                .findFirst()
                .map(rule -> new Route(rule.service(), rule.pattern()));
    }

    private static boolean hasDotSegment(String[] segments) {
        for (String segment : segments) {
            String decoded = segment.replaceAll("(?i)%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private record Rule(String service, String pattern, List<String> segments, boolean openEnded) {

        private static final String ONE = "*";
        private static final String REST = "**";

        static Rule parse(String service, String pattern) {
            if (!pattern.startsWith("/") || pattern.length() < 2) {
                throw new IllegalArgumentException("Pattern of " + service + " must start with / : '" + pattern + "'");
            }
            List<String> segments = new ArrayList<>(List.of(pattern.substring(1).split("/", -1)));
            boolean openEnded = segments.getLast().equals(REST);
            if (openEnded) {
                segments.removeLast();
            }
            for (String segment : segments) {
                if (segment.isEmpty() || segment.contains(REST) || (segment.contains(ONE) && !segment.equals(ONE))) {
                    throw new IllegalArgumentException("Pattern of " + service + " has an invalid segment '"
                            + segment + "' (use a whole segment *, or /** at the end): " + pattern);
                }
            }
            return new Rule(service, pattern, List.copyOf(segments), openEnded);
        }

        boolean matches(String[] path) {
            if (path.length < segments.size() || (!openEnded && path.length != segments.size())) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                String expected = segments.get(i);
                if (expected.equals(ONE) ? path[i].isEmpty() : !expected.equals(path[i])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Ranks by literal segments, then by how long the literal prefix is, then closed patterns
         * above open-ended ones: a longer, more literal pattern describes a narrower set of paths.
         */
        Specificity specificity() {
            int literals = (int) segments.stream().filter(s -> !s.equals(ONE)).count();
            int prefix = 0;
            while (prefix < segments.size() && !segments.get(prefix).equals(ONE)) {
                prefix++;
            }
            return new Specificity(literals, prefix, segments.size(), !openEnded);
        }

        String canonical() {
            return "/" + String.join("/", segments) + (openEnded ? "/**" : "");
        }
    }

    private record Specificity(int literals, int literalPrefix, int length, boolean closed)
            implements Comparable<Specificity> {

        private static final Comparator<Specificity> ORDER = Comparator.comparingInt(Specificity::literals)
                .thenComparingInt(Specificity::literalPrefix)
                .thenComparingInt(Specificity::length)
                .thenComparing(Specificity::closed);

        @Override
        public int compareTo(Specificity other) {
            return ORDER.compare(this, other);
        }
    }
}
