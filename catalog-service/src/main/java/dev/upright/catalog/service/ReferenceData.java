package dev.upright.catalog.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.upright.catalog.domain.Equipment;
import dev.upright.catalog.domain.Muscle;

/**
 * Muscles and equipment, held in memory. They change only when the global catalogue file is loaded at
 * startup (every instance loads the same file), so a copy read after that load stays true until the
 * next start; the loader refreshes it when it writes.
 */
@ApplicationScoped
public class ReferenceData {

    public record MuscleEntry(String code, String name, String region) {
    }

    /** {@code household}: every home has it, so a client is taken to have it (the contracts' {@code Household.ITEMS}). */
    public record EquipmentEntry(String code, String name, boolean household) {
    }

    private record Snapshot(List<MuscleEntry> muscles, List<EquipmentEntry> equipment, Set<String> muscleCodes,
            Set<String> equipmentCodes) {
    }

    private volatile Snapshot snapshot;

    public List<MuscleEntry> muscles() {
        return current().muscles();
    }

    public List<EquipmentEntry> equipment() {
        return current().equipment();
    }

    public Set<String> muscleCodes() {
        return current().muscleCodes();
    }

    public Set<String> equipmentCodes() {
        return current().equipmentCodes();
    }

    /** Drops the copy; the next read loads the tables again. */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot held = snapshot;
        if (held == null) {
            held = load();
            snapshot = held;
        }
        return held;
    }

    private static Snapshot load() {
        List<MuscleEntry> muscles = Muscle.listByName().stream()
                .map(m -> new MuscleEntry(m.code, m.name, m.region)).toList();
        List<EquipmentEntry> equipment = Equipment.listByName().stream()
                .map(e -> new EquipmentEntry(e.code, e.name, e.household)).toList();
        return new Snapshot(muscles, equipment,
                muscles.stream().map(MuscleEntry::code).collect(Collectors.toUnmodifiableSet()),
                equipment.stream().map(EquipmentEntry::code).collect(Collectors.toUnmodifiableSet()));
    }
}
