package dev.upright.deploy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.upright.contracts.progress.SessionLogged;

/**
 * Some clients' session-logged records on progress.sessions, read from the beginning of every partition (the topic
 * carries other events of the same clients too, such as their alerts).
 */
final class SessionsTopic {

    /** Per logged session, the event ids its records carry: one, however often the event was sent. */
    final Map<UUID, Set<String>> eventsBySession = new HashMap<>();
    /** Records read, repeats included. */
    int records;

    void read(PlatformData data, Set<UUID> clients) {
        eventsBySession.clear();
        Set<String> keys = new HashSet<>();
        clients.forEach(c -> keys.add(c.toString()));
        List<PlatformData.TopicRecord> read = data.records("progress.sessions", keys::contains).stream()
                .filter(r -> SessionLogged.TYPE.equals(r.type())).toList();
        records = read.size();
        read.forEach(r -> eventsBySession.computeIfAbsent(UUID.fromString(r.value().get("sessionLogId").asText()),
                s -> new HashSet<>()).add(r.eventId()));
    }

    Set<String> eventIds() {
        Set<String> ids = new HashSet<>();
        eventsBySession.values().forEach(ids::addAll);
        return ids;
    }
}
