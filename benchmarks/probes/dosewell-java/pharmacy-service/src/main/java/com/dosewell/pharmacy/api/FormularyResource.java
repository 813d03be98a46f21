package com.dosewell.pharmacy.api;

import com.dosewell.pharmacy.dto.CostReportRow;
import com.dosewell.pharmacy.dto.DrugRequest;
import com.dosewell.pharmacy.dto.ImportSummary;
import com.dosewell.pharmacy.model.Drug;
import com.dosewell.pharmacy.model.FormularyStatus;
import com.dosewell.pharmacy.service.FormularyService;
import com.dosewell.pharmacy.util.Roles;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/formulary")
@Produces(MediaType.APPLICATION_JSON)
public class FormularyResource {

    @Inject
    FormularyService formulary;

    @Inject
    Template monograph;

    @GET
    public List<Drug> search(@QueryParam("q") String q,
                             @QueryParam("sort") @DefaultValue("name") String sort,
                             @QueryParam("dir") @DefaultValue("asc") String dir) {
        return formulary.search(q, sort, dir);
    }

    @GET
    @Path("/reports/cost")
    public List<CostReportRow> costReport(@QueryParam("class") String therapeuticClass,
                                          @QueryParam("sort") String sort,
                                          @QueryParam("dir") String dir,
                                          @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST, Roles.ADMIN);
        return formulary.costReport(therapeuticClass, sort, dir);
    }

    @GET
    @Path("/{id}")
    public Drug get(@PathParam("id") long id) {
        return formulary.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DrugRequest request, @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST);
        Drug drug = formulary.create(request, Roles.user(sc));
        return Response.created(URI.create("/formulary/" + drug.id)).entity(drug).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Drug update(@PathParam("id") long id, DrugRequest request, @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST);
        return formulary.update(id, request, Roles.user(sc));
    }

    @PUT
    @Path("/{id}/status/{status}")
    public Drug changeStatus(@PathParam("id") long id, @PathParam("status") FormularyStatus status,
                             @Context SecurityContext sc) {
        Roles.require(sc, Roles.ADMIN);
        return formulary.changeStatus(id, status, Roles.user(sc));
    }

    @GET
    @Path("/{id}/monograph")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance monographPage(@PathParam("id") long id) {
        return monograph.data("drug", formulary.get(id));
    }

    @GET
    @Path("/monograph/external")
    public Map<String, String> externalMonograph(@QueryParam("source") String source) {
        return Map.of("source", source, "content", formulary.fetchExternalMonograph(source));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportSummary importBundle(@RestForm("bundle") FileUpload bundle, @Context SecurityContext sc) throws IOException {
        Roles.require(sc, Roles.ADMIN);
        if (bundle == null || bundle.size() == 0) {
            throw new BadRequestException("bundle is required");
        }
        return formulary.importMonographBundle(bundle.uploadedFile(), Roles.user(sc));
    }
}
