package dev.upright.contracts.catalog;

import java.util.Set;

/**
 * Equipment every home has: a wall, a door frame, a chair and some floor. A client is taken to have them
 * unless the profile says otherwise (someone who cannot get down to the floor), so an exercise needing only
 * these is never refused for equipment. A mat is not one of them: it is comfort, not a need.
 */
public final class Household {

    public static final Set<String> ITEMS = Set.of("wall", "doorway", "chair", "floor");

    private Household() {
    }

    public static boolean isHousehold(String equipmentCode) {
        return ITEMS.contains(equipmentCode);
    }
}
