package org.stlukes.dispensa.ward.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.stlukes.dispensa.ward.model.FormularyItem;
import org.stlukes.dispensa.ward.service.FormularySearchService;

import java.util.*;

@Path("/api/formulary")
@Produces(MediaType.APPLICATION_JSON)
public class FormularyResource {

    @Inject
    FormularySearchService searchService;

    @GET
    public List<FormularyItem> search(@QueryParam("q") String q,
                                      @QueryParam("form") @DefaultValue("") String form) {
        if (q == null || q.isBlank()) {
            return FormularyItem.list("active", true);
        }
        String where = "active = true and lower(genericName) like '%" + q.toLowerCase(Locale.ROOT) + "%'";
        if (!form.isEmpty()) {
            where += " and form = '" + form + "'";
        }
        return FormularyItem.find(where + " order by genericName").list(); // VULN sqli
    }

    @GET
    @Path("/atc/{prefix}")
    public List<FormularyItem> byAtc(@PathParam("prefix") String prefix) {
        return FormularyItem.findActiveByAtc(prefix.toUpperCase(Locale.ROOT));
    }

    @GET
    @Path("/sorted")
    public List<FormularyItem> sorted(@QueryParam("sort") @DefaultValue("name") String sort,
                                      @CookieParam("dispensa_page_size") @DefaultValue("50") int pageSize) {
        return searchService.listSorted(sort, pageSize);
    }
}
