package coop.pressworks.bottling.resources;

import coop.pressworks.bottling.api.BottlingApi.LabResult;
import coop.pressworks.bottling.api.BottlingApi.PalletLine;
import coop.pressworks.bottling.api.ImportModels.BlendRecipe;
import coop.pressworks.bottling.api.ImportModels.LineProfile;
import coop.pressworks.bottling.service.LineConfigService;
import coop.pressworks.bottling.service.RecipeImportService;
import coop.pressworks.bottling.service.XmlIntake;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Cellar and line-engineering imports.
 */
@Path("/cellar")
@Produces(MediaType.APPLICATION_JSON)
public class RecipeResource {

    private final RecipeImportService recipes;
    private final LineConfigService lines;
    private final XmlIntake xmlIntake;

    public RecipeResource(RecipeImportService recipes, LineConfigService lines, XmlIntake xmlIntake) {
        this.recipes = recipes;
        this.lines = lines;
        this.xmlIntake = xmlIntake;
    }

    @POST
    @Path("/recipes")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public BlendRecipe importRecipe(String xml) {
        return recipes.importRecipe(xml);
    }

    @POST
    @Path("/press-schedule/legacy")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Map<String, Object> importSchedule(String xml) {
        List<String> entries = recipes.importLegacySchedule(xml);
        return Map.of("entries", entries.size(), "preview", entries.subList(0, Math.min(10, entries.size())));
    }

    @PUT
    @Path("/lines/{lineCode}/profile")
    @Consumes({"application/yaml", "text/yaml", MediaType.TEXT_PLAIN})
    public LineProfile pushProfile(@PathParam("lineCode") String lineCode, String yaml) {
        return lines.apply(lineCode, yaml);
    }

    @GET
    @Path("/lines/{lineCode}/profile")
    public LineProfile profile(@PathParam("lineCode") String lineCode) {
        LineProfile p = lines.current(lineCode);
        if (p == null) {
            throw new NotFoundException("No active profile for line " + lineCode);
        }
        return p;
    }

    @POST
    @Path("/lines/profile/validate")
    @Consumes({"application/yaml", "text/yaml", MediaType.TEXT_PLAIN})
    public Map<String, Object> validate(String yaml) {
        List<String> problems = lines.validate(yaml);
        return Map.of("valid", problems.isEmpty(), "problems", problems);
    }

    @POST
    @Path("/pallets/manifest")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public List<PalletLine> palletManifest(InputStream xml) {
        return xmlIntake.palletManifest(xml);
    }

    @POST
    @Path("/lab-results")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public List<LabResult> labResults(InputStream xml) {
        return xmlIntake.labReport(xml);
    }
}
