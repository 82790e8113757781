package dev.upright.plan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewClientRequest(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Pattern(regexp = "beginner|intermediate|advanced", message = "must be beginner, intermediate or advanced")
        String experienceLevel) {
}
