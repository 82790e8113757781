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
    /**
     * Per position: every item any of the option's setups needs, sorted (bit j of a mask stands for item j); per
     * setup, the mask of its items; and the equipment exclusions by missing-item mask.
     */
    private final String[][] items;
    private final int[][] setupMasks;
    private final Eligibility.Exclusion[][] equipmentExclusions;
    private final Eligibility.Exclusion[] levelExclusions;
    private final String[] fits;
    private final int mostSetups;

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
        this.items = new String[n][];
        this.setupMasks = new int[n][];
        this.equipmentExclusions = new Eligibility.Exclusion[n][];
        int mostSetups = 1;
        for (int i = 0; i < n; i++) {
            List<Setup> setups = this.options.get(i).setups();
            java.util.TreeSet<String> all = new java.util.TreeSet<>();
            setups.forEach(s -> all.addAll(s.equipment()));
            items[i] = all.toArray(String[]::new);
            List<String> positions = List.of(items[i]);
            setupMasks[i] = new int[setups.size()];
            for (int s = 0; s < setups.size(); s++) {
                for (String item : setups.get(s).equipment()) setupMasks[i][s] |= 1 << positions.indexOf(item);
            }
            mostSetups = Math.max(mostSetups, setups.size());
            // Masks index the cache; an exercise needing more than a handful of items is worked out each time
            if (items[i].length <= MASKED_ITEMS) equipmentExclusions[i] = new Eligibility.Exclusion[1 << items[i].length];
        }
        this.mostSetups = mostSetups;
        this.levelExclusions = new Eligibility.Exclusion[n * ClientProfile.Experience.values().length];
        this.fits = new String[n * ClientProfile.Experience.values().length * mostSetups];
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

    /** Every item the setups of the option at {@code index} need, sorted: bit j of a missing mask stands for item j. */
    String[] items(int index) {
        return items[index];
    }

    /** The first setup of the option at {@code index} needing none of the items of {@code missingMask}, or -1. */
    int firstSetupWithout(int index, int missingMask) {
        int[] masks = setupMasks[index];
        for (int s = 0; s < masks.length; s++) {
            if ((masks[s] & missingMask) == 0) return s;
        }
        return -1;
    }

    /** The equipment exclusion of the option at {@code index} when the items of {@code missingMask} are missing. */
    Eligibility.Exclusion equipmentExclusion(int index, int missingMask) {
        Eligibility.Exclusion[] cache = equipmentExclusions[index];
        Eligibility.Exclusion exclusion = cache == null ? null : cache[missingMask];
        if (exclusion == null) {
            List<Set<String>> missing = new java.util.ArrayList<>(setupMasks[index].length);
            for (int mask : setupMasks[index]) {
                java.util.TreeSet<String> items = new java.util.TreeSet<>();
                for (int j = 0; j < this.items[index].length; j++) {
                    if ((mask & missingMask & (1 << j)) != 0) items.add(this.items[index][j]);
                }
                missing.add(items);
            }
            exclusion = Eligibility.equipmentExclusion(missing);
            if (cache != null) cache[missingMask] = exclusion;
        }
        return exclusion;
    }

    /** The level exclusion of the option at {@code index} for a client of this experience (more than a level above). */
    Eligibility.Exclusion levelExclusion(int index, ClientProfile.Experience experience) {
        int slot = index * ClientProfile.Experience.values().length + experience.ordinal();
        Eligibility.Exclusion exclusion = levelExclusions[slot];
        if (exclusion == null) {
            exclusion = Eligibility.levelExclusion(options.get(index), experience);
            levelExclusions[slot] = exclusion;
        }
        return exclusion;
    }

    /** {@link Text#fit} of the option at {@code index} done with its setup {@code setup}, for a client of this experience. */
    public String fit(int index, ClientProfile.Experience experience, int setup) {
        int slot = (index * ClientProfile.Experience.values().length + experience.ordinal()) * mostSetups + setup;
        String text = fits[slot];
        if (text == null) {
            ExerciseOption option = options.get(index);
            text = Text.fit(option, option.setups().get(setup), experience);
            fits[slot] = text;
        }
        return text;
    }

    @Override
    public String toString() {
        return "Catalogue[version=" + version + ", " + options.size() + " exercises]";
    }
}
