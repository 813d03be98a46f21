package demo;

import java.sql.Connection;
import java.sql.Statement;
import javax.ws.rs.*;
import javax.ws.rs.core.Response;

@Path("/items")
public class ItemResource {
    private Connection conn;

    @GET
    @Path("/{name}")
    public Response byName(@PathParam("name") String name, @QueryParam("sort") String sort) throws Exception {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM items WHERE name = '" + name + "' ORDER BY " + sort); // VULN
        return Response.ok().build();
    }

    @POST
    @Path("/run")
    public Response run(@FormParam("cmd") String cmd, @HeaderParam("X-Host") String host) throws Exception {
        Runtime.getRuntime().exec(new String[]{"sh", "-c", cmd}); // VULN
        return Response.ok("<p>" + host + "</p>").type("text/html").build(); // VULN xss
    }
}
