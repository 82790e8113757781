package dev.upright.plan.service;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.upright.plan.domain.Client;
import dev.upright.plan.generation.Frequency;

/**
 * The fields of a client profile a caller may set (POST body, and the document a PATCH is merged
 * into). Codes in the lists are checked against the catalogue by {@link ProfileValidation}.
 *
 * @param sessionsPerWeek  1 to 6 (a seventh day stays for rest, as the generator has it); null for the level's default
 * @param unavailableItems household items (wall, doorway, chair, floor) the client cannot use; every other one is
 *                         taken as had, so {@code equipment} lists only what the client owns beyond them
 */
public record ProfileInput(
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "[0-9+()./ -]{3,40}", message = "must be 3 to 40 digits, spaces, +, -, ., / or brackets") String phone,
        @NotBlank @Pattern(regexp = "beginner|intermediate|advanced", message = "must be beginner, intermediate or advanced")
        String experienceLevel,
        @Size(max = 30) List<String> equipment,
        @Size(max = 3) List<String> goals,
        @Min(value = Frequency.THERAPIST_MIN, message = "must be 1 to 6 (or null for the level's default)")
        @Max(value = Frequency.THERAPIST_MAX, message = "must be 1 to 6 (or null for the level's default)")
        Integer sessionsPerWeek,
        @Min(value = 10, message = "must be 10 to 120 minutes") @Max(value = 120, message = "must be 10 to 120 minutes")
        Integer sessionMinutes,
        Boolean deskWorker,
        @Size(max = 30) List<String> painAreas,
        @Size(max = 100) List<String> contraindications,
        @Size(max = 100) String therapistUserId,
        @Size(max = 200) String therapistName,
        @Size(max = 4000) String notes,
        @Size(max = 10) List<String> unavailableItems) {

    /** The current values of a stored profile, the base a merge patch applies to. */
    public static ProfileInput of(Client p) {
        return new ProfileInput(p.displayName, p.email, p.phone, p.experienceLevel, List.of(p.equipment), List.of(p.goals),
                p.sessionsPerWeek, p.sessionMinutes, p.deskWorker, List.of(p.painAreas), List.of(p.contraindications),
                p.therapistUserId, p.therapistName, p.notes, List.of(p.unavailableItems));
    }
}
