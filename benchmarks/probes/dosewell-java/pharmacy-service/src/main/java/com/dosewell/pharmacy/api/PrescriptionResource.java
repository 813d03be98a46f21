package com.dosewell.pharmacy.api;

import com.dosewell.pharmacy.client.InteractionAlert;
import com.dosewell.pharmacy.dto.DosePreview;
import com.dosewell.pharmacy.dto.DoseRequest;
import com.dosewell.pharmacy.dto.LabelLayoutRequest;
import com.dosewell.pharmacy.dto.PrescriptionRequest;
import com.dosewell.pharmacy.model.Prescription;
import com.dosewell.pharmacy.service.DoseFormula;
import com.dosewell.pharmacy.service.LabelService;
import com.dosewell.pharmacy.service.LabelStyle;
import com.dosewell.pharmacy.service.PrescriptionService;
import com.dosewell.pharmacy.util.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

@Path("/prescriptions")
@Produces(MediaType.APPLICATION_JSON)
public class PrescriptionResource {

    @Inject
    PrescriptionService prescriptions;

    @Inject
    LabelService labels;

    @GET
    @Path("/ward/{ward}")
    public List<Prescription> forWard(@PathParam("ward") String ward) {
        return prescriptions.activeForWard(ward);
    }

    @GET
    @Path("/patient/{mrn}")
    public List<Prescription> forPatient(@PathParam("mrn") String mrn) {
        return prescriptions.activeForPatient(mrn);
    }

    @GET
    @Path("/patient/{mrn}/interactions")
    public List<InteractionAlert> interactions(@PathParam("mrn") String mrn) {
        return prescriptions.interactionsFor(mrn);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Prescription create(PrescriptionRequest request, @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST);
        return prescriptions.create(request, Roles.user(sc));
    }

    @POST
    @Path("/dose/{formula}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DosePreview standardDose(@PathParam("formula") String formula, DoseRequest request) {
        DoseFormula selected;
        try {
            selected = DoseFormula.fromPath(formula);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Unknown formula " + formula);
        }
        return prescriptions.standardDose(selected, request);
    }

    @POST
    @Path("/dose-draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public DosePreview draftDose(DoseRequest request, @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST);
        return prescriptions.draftDose(request);
    }

    @GET
    @Path("/{id}/label")
    @Produces(MediaType.TEXT_HTML)
    public String label(@PathParam("id") long id, @QueryParam("style") @DefaultValue("STANDARD") LabelStyle style) {
        return labels.renderStandard(id, style);
    }

    @POST
    @Path("/{id}/label")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_HTML)
    public String customLabel(@PathParam("id") long id, LabelLayoutRequest request) {
        return labels.renderWithLayout(id, request.layout());
    }
}
