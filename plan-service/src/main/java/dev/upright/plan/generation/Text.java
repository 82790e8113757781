package dev.upright.plan.generation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Small helpers that turn codes into the plain words reasons and fixes are written in. */
public final class Text {

    private Text() {
    }

    public static String words(String code) {
        return code.replace('-', ' ');
    }

    public static String equipment(Collection<String> codes) {
        Set<String> real = new TreeSet<>(codes);
        real.remove(Categories.NO_EQUIPMENT);
        return real.isEmpty() ? "no equipment" : join(real.stream().map(Text::words).toList());
    }

    /** "a", "a and b", "a, b and c". */
    public static String join(List<String> parts) {
        if (parts.isEmpty()) return "";
        if (parts.size() == 1) return parts.getFirst();
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    public static String names(Collection<ExerciseOption> options) {
        return join(options.stream().map(ExerciseOption::name).toList());
    }

    public static String sortedWords(Collection<String> codes) {
        return join(new TreeSet<>(codes).stream().map(Text::words).collect(Collectors.toList()));
    }

    /** Why the option suits this client, for reason texts: with the setup the client does it with. */
    public static String fit(ExerciseOption option, ClientProfile profile) {
        return fit(option, Eligibility.setupOrPreferred(option, profile), profile.experience());
    }

    static String fit(ExerciseOption option, Setup setup, ClientProfile.Experience experience) {
        String equipment = option.name() + " fits your equipment (" + equipment(setup.equipment()) + ")";
        if (Eligibility.levelAllows(experience, option.difficulty())) {
            return equipment + " and level (" + experience.label() + ")";
        }
        return equipment + "; it is " + option.difficulty() + ", so as " + article(experience.label()) + " "
                + experience.label() + " you do its lighter version (one set fewer, a light load) and work on form first";
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    public static String minutes(double minutes) {
        return minutes == Math.rint(minutes) ? Integer.toString((int) minutes) : Double.toString(minutes);
    }
}
