package com.tollgate.gateway;

import com.tollgate.gateway.OperatorSessions.Operator;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import java.io.StringReader;
import java.net.URI;
import java.sql.*;
import java.util.*;
import javax.sql.DataSource;
import org.dom4j.*;
import org.dom4j.io.SAXReader;
import org.xml.sax.SAXException;

@Path("/tariffs")
public class TariffResource {

    @Inject
    OperatorSessions sessions;

    @Inject
    RateFeedClient rateFeed;

    @Inject
    DataSource dataSource;

    @GET
    @Path("/lookup")
    public Response lookup(@QueryParam("gantry") String gantry) throws SQLException {
        List<Map<String, Object>> bands = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT vehicle_class, base_cents, peak_cents FROM tariff_bands WHERE gantry_id = ? AND valid_from <= current_date")) {
            ps.setString(1, gantry);
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                bands.add(Map.of("vehicleClass", rs.getString(1), "base", rs.getInt(2), "peak", rs.getInt(3)));
            }
        }
        if (bands.isEmpty()) {
            return Response.ok("<h2>No published tariff for gantry " + gantry + "</h2><p><a href=\"/tariffs\">All gantries</a></p>", MediaType.TEXT_HTML).build(); // VULN xss
        }
        return Response.ok(bands, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/schedules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response uploadSchedule(@CookieParam("op_session") String session, @FormParam("schedule") String scheduleXml)
            throws DocumentException, SAXException, SQLException {
        Operator operator = sessions.require(session);
        SAXReader reader = new SAXReader();
        reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
        Document doc = reader.read(new StringReader(scheduleXml)); // SAFE xxe
        Element root = doc.getRootElement();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO tariff_bands"
                + "(valid_from, gantry_id, vehicle_class, base_cents, peak_cents, uploaded_by) VALUES (?::date, ?, ?, ?, ?, ?)")) {
            for (Element band : root.elements("band")) {
                ps.setString(1, root.attributeValue("validFrom"));
                ps.setString(2, band.attributeValue("gantry"));
                ps.setString(3, band.attributeValue("class"));
                ps.setInt(4, Integer.parseInt(band.attributeValue("base")));
                ps.setInt(5, Integer.parseInt(band.attributeValue("peak")));
                ps.setString(6, operator.username());
                ps.addBatch();
            }
            return Response.ok(Map.of("bands", ps.executeBatch().length, "validFrom", root.attributeValue("validFrom"))).build();
        }
    }

    @GET
    @Path("/rates/{region}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response regionalRates(@PathParam("region") String region) throws Exception {
        URI feed = RateFeedClient.FEEDS.get(region.toLowerCase(Locale.ROOT));
        return feed == null ? Response.status(Response.Status.NOT_FOUND).build() : Response.ok(rateFeed.fetchRates(feed)).build();
    }
}
