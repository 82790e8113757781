package dev.upright.catalog.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.upright.catalog.domain.Equipment;
import dev.upright.catalog.domain.Muscle;
import io.quarkus.security.Authenticated;

/** The codes exercises are described with: what to pass as muscles and equipment, and to filter by. */
@Path("/api/v1")
@Authenticated
public class ReferenceDataResource {

    public record MuscleView(String code, String name, String region) {
    }

    public record EquipmentView(String code, String name) {
    }

    @GET
    @Path("muscles")
    public List<MuscleView> muscles() {
        return Muscle.listByName().stream().map(m -> new MuscleView(m.code, m.name, m.region)).toList();
    }

    @GET
    @Path("equipment")
    public List<EquipmentView> equipment() {
        return Equipment.listByName().stream().map(e -> new EquipmentView(e.code, e.name)).toList();
    }
}
