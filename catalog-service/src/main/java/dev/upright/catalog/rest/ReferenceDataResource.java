package dev.upright.catalog.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.upright.catalog.service.ReferenceData;
import dev.upright.catalog.service.ReferenceData.EquipmentEntry;
import dev.upright.catalog.service.ReferenceData.MuscleEntry;
import io.quarkus.security.Authenticated;

/** The codes exercises are described with: what to pass as muscles and equipment, and to filter by. */
@Path("/api/v1")
@Authenticated
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;

    @GET
    @Path("muscles")
    public List<MuscleEntry> muscles() {
        return referenceData.muscles();
    }

    @GET
    @Path("equipment")
    public List<EquipmentEntry> equipment() {
        return referenceData.equipment();
    }
}
