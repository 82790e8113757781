package dev.upright.plan.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.upright.plan.domain.Client;
import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.ClientProfile.Goal;

/** Maps what the service stores onto the generator's plain types, and block names both ways. */
public final class PlanningInputs {

    private PlanningInputs() {
    }

    /** @param weeks the plan's length; null for the generator's default */
    public static ClientProfile profile(Client client, Integer weeks) {
        return new ClientProfile(
                Experience.valueOf(client.experienceLevel.toUpperCase(Locale.ROOT)),
                Set.of(client.equipment),
                Arrays.stream(client.goals).map(PlanningInputs::goal).collect(Collectors.toSet()),
                client.sessionsPerWeek,
                client.sessionMinutes,
                client.deskWorker,
                Set.of(client.painAreas),
                Set.of(client.contraindications),
                weeks,
                Set.of(client.unavailableItems));
    }

    static Goal goal(String code) {
        return Goal.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The API's block names: warm-up, strengthening, cool-down, posture-break. */
    public static String blockCode(Block block) {
        return switch (block) {
            case WARM_UP -> "warm-up";
            case STRENGTHENING -> "strengthening";
            case COOL_DOWN -> "cool-down";
            case POSTURE_BREAK -> "posture-break";
        };
    }

    /** The block of an API name, or null for an unknown name. */
    public static Block block(String code) {
        for (Block block : Block.values()) {
            if (blockCode(block).equals(code)) return block;
        }
        return null;
    }
}
