package dev.upright.plan.generation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The exercises a plan may be built from, kept in a fixed order (slug, then id) so that the order
 * the caller happened to load them in never changes a plan.
 *
 * <p>Immutable and reused across plans, so it also holds what only depends on the exercises: their
 * positions, id texts, the purposes each serves and regions each loads, the "fits" wording of reasons,
 * and the level and equipment exclusions. Wording and exclusions are filled in on first use without
 * locks: they are immutable (final fields), so a thread racing another at worst builds an equal one again.
 */
public final class Catalogue {

    private static final int MASKED_ITEMS = 6;

    private final String version;
    private final List<ExerciseOption> options;
    /**
     * Position of the first option with each id (a duplicate id resolves to its first option, as before),
     * in an open-addressing table over the id's two longs: looked up for every row of every plan checked.
     */
    private final long[] slotHigh;
    private final long[] slotLow;
    private final int[] slotPosition;
    /** Per position: the position its id resolves to, so a duplicate shares its use counts with the first. */
    private final int[] canonical;
    private final String[] idTexts;
    /** Per position: bit {@code 1 << purpose.ordinal()} set for each {@link Purpose} the option matches. */
    private final int[] purposes;
    private final Set<String>[] loadedRegions;
    private final String[] equipmentWords;
    /** Per position: the option's equipment in sorted order, and its equipment exclusions by missing-item bit mask. */
    private final String[][] sortedEquipment;
    private final Eligibility.Exclusion[][] equipmentExclusions;
    private final Eligibility.Exclusion[] levelExclusions;
    private final String[] fits;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Catalogue(String version, List<ExerciseOption> options) {
        this.version = Objects.requireNonNull(version, "version");
        this.options = options.stream()
                .sorted(Comparator.comparing(ExerciseOption::slug).thenComparing(ExerciseOption::id))
                .toList();
        int n = this.options.size();
        int slots = Integer.highestOneBit(Math.max(1, n) * 2) * 2;
        this.slotHigh = new long[slots];
        this.slotLow = new long[slots];
        this.slotPosition = new int[slots];
        java.util.Arrays.fill(slotPosition, -1);
        this.canonical = new int[n];
        this.idTexts = new String[n];
        this.purposes = new int[n];
        this.loadedRegions = new Set[n];
        for (int i = 0; i < n; i++) {
            ExerciseOption option = this.options.get(i);
            int first = indexOf(option.id());
            if (first < 0) put(option.id(), i);
            canonical[i] = first < 0 ? i : first;
            idTexts[i] = option.id().toString();
            for (Purpose purpose : Purpose.values()) {
                if (purpose.matches(option)) purposes[i] |= 1 << purpose.ordinal();
            }
            loadedRegions[i] = PainAreas.regionsLoadedBy(option);
        }
        this.equipmentWords = new String[n];
        this.sortedEquipment = new String[n][];
        this.equipmentExclusions = new Eligibility.Exclusion[n][];
        for (int i = 0; i < n; i++) {
            sortedEquipment[i] = new java.util.TreeSet<>(this.options.get(i).equipment()).toArray(String[]::new);
            // Masks index the cache; an exercise needing more than a handful of items is worked out each time
            if (sortedEquipment[i].length <= MASKED_ITEMS) equipmentExclusions[i] = new Eligibility.Exclusion[1 << sortedEquipment[i].length];
        }
        this.levelExclusions = new Eligibility.Exclusion[n * ClientProfile.Experience.values().length];
        this.fits = new String[n * ClientProfile.Experience.values().length];
    }

    public String version() {
        return version;
    }

    public List<ExerciseOption> options() {
        return options;
    }

    public Optional<ExerciseOption> find(UUID id) {
        int index = indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(options.get(index));
    }

    /** The position {@link #find} resolves the id to in {@link #options()}, or -1 if it is not in the catalogue. */
    public int indexOf(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        int mask = slotPosition.length - 1;
        for (int slot = spread(high, low) & mask; slotPosition[slot] >= 0; slot = (slot + 1) & mask) {
            if (slotHigh[slot] == high && slotLow[slot] == low) return slotPosition[slot];
        }
        return -1;
    }

    private void put(UUID id, int position) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        int mask = slotPosition.length - 1;
        int slot = spread(high, low) & mask;
        while (slotPosition[slot] >= 0) slot = (slot + 1) & mask;
        slotHigh[slot] = high;
        slotLow[slot] = low;
        slotPosition[slot] = position;
    }

    private static int spread(long high, long low) {
        long h = (high ^ low) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    /** The position the id of the option at {@code index} resolves to (itself unless an earlier option has its id). */
    int canonical(int index) {
        return canonical[index];
    }

    /** Whether the option at {@code index} can do the purpose's job ({@link Purpose#matches}). */
    public boolean serves(int index, Purpose purpose) {
        return (purposes[index] & (1 << purpose.ordinal())) != 0;
    }

    /** The option's id as text, for matching contraindications. */
    String idText(int index) {
        return idTexts[index];
    }

    /** The {@link PainAreas#REGIONS regions} the option at {@code index} loads. */
    Set<String> loadedRegions(int index) {
        return loadedRegions[index];
    }

    /** {@link Text#equipment} of the option's equipment. */
    String equipmentWords(int index) {
        String words = equipmentWords[index];
        if (words == null) {
            words = Text.equipment(options.get(index).equipment());
            equipmentWords[index] = words;
        }
        return words;
    }

    /** The equipment of the option at {@code index}, sorted: bit j of a missing mask stands for item j. */
    String[] sortedEquipment(int index) {
        return sortedEquipment[index];
    }

    /** The equipment exclusion of the option at {@code index} when the items of {@code missingMask} are missing. */
    Eligibility.Exclusion equipmentExclusion(int index, int missingMask) {
        Eligibility.Exclusion[] cache = equipmentExclusions[index];
        Eligibility.Exclusion exclusion = cache == null ? null : cache[missingMask];
        if (exclusion == null) {
            java.util.TreeSet<String> missing = new java.util.TreeSet<>();
            for (int j = 0; j < sortedEquipment[index].length; j++) {
                if ((missingMask & (1 << j)) != 0) missing.add(sortedEquipment[index][j]);
            }
            // Shared between plans, so the set is read-only
            exclusion = new Eligibility.Exclusion(Eligibility.Kind.EQUIPMENT, "needs " + Text.equipment(missing),
                    java.util.Collections.unmodifiableSortedSet(missing));
            if (cache != null) cache[missingMask] = exclusion;
        }
        return exclusion;
    }

    /** The level exclusion of the option at {@code index} for a client of this experience (the level does not allow it). */
    Eligibility.Exclusion levelExclusion(int index, ClientProfile.Experience experience) {
        int slot = index * ClientProfile.Experience.values().length + experience.ordinal();
        Eligibility.Exclusion exclusion = levelExclusions[slot];
        if (exclusion == null) {
            exclusion = new Eligibility.Exclusion(Eligibility.Kind.LEVEL, "is " + options.get(index).difficulty()
                    + " and the client is " + experience.label(), Set.of());
            levelExclusions[slot] = exclusion;
        }
        return exclusion;
    }

    /** {@link Text#fit} of the option at {@code index} for a client of this experience. */
    public String fit(int index, ClientProfile.Experience experience) {
        int slot = index * ClientProfile.Experience.values().length + experience.ordinal();
        String text = fits[slot];
        if (text == null) {
            text = Text.fit(options.get(index), equipmentWords(index), experience);
            fits[slot] = text;
        }
        return text;
    }

    @Override
    public String toString() {
        return "Catalogue[version=" + version + ", " + options.size() + " exercises]";
    }
}
