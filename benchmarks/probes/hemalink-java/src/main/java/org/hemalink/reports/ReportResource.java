package org.hemalink.reports;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.hemalink.hospital.Hospital;
import org.hemalink.hospital.HospitalService;
import org.hemalink.reports.ReportRepository.RegionalIssueRow;

@Path("/reports")
public class ReportResource {

    @Inject
    ReportRepository reports;

    @Inject
    HospitalService hospitals;

    @Inject
    ExportService exports;

    @Inject
    @Location("reports/regional.html")
    Template regionalPage;

    @GET
    @Path("/regional/{hospitalId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance regional(@PathParam("hospitalId") long hospitalId, @QueryParam("month") String month) {
        Hospital hospital = hospitals.require(hospitalId);
        YearMonth ym = month == null ? YearMonth.now().minusMonths(1) : YearMonth.parse(month);
        LocalDate from = ym.atDay(1);
        LocalDate to = ym.plusMonths(1).atDay(1);
        List<RegionalIssueRow> rows = reports.regionalIssues(hospital, from, to);
        return regionalPage.data("hospital", hospital).data("month", ym).data("rows", rows);
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> export(@FormParam("name") String name) throws Exception {
        return Map.of("file", exports.runDonationExport(name).getFileName().toString());
    }

    @POST
    @Path("/exports/{name}/compress")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> compress(@PathParam("name") String name) throws Exception {
        return Map.of("file", exports.compress(name).getFileName().toString());
    }

    @DELETE
    @Path("/exports")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> delete(@QueryParam("name") String name) throws Exception {
        return Map.of("removed", exports.delete(name));
    }

    @GET
    @Path("/exports/file")
    @Produces("application/gzip")
    public byte[] download(@QueryParam("name") String name) throws Exception {
        return exports.open(name);
    }
}
