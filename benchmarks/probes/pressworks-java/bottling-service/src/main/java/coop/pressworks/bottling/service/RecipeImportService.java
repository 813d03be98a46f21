package coop.pressworks.bottling.service;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.XStreamException;
import com.thoughtworks.xstream.security.AnyTypePermission;
import com.thoughtworks.xstream.security.NoTypePermission;
import com.thoughtworks.xstream.security.NullPermission;
import com.thoughtworks.xstream.security.PrimitiveTypePermission;
import coop.pressworks.bottling.api.ImportModels.BlendRecipe;
import coop.pressworks.bottling.api.ImportModels.Component;
import coop.pressworks.bottling.api.ImportModels.PressSchedule;
import jakarta.ws.rs.BadRequestException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports blend recipes from the cellar's blending spreadsheet macro and press
 * schedules exported from the retired Access planner.
 */
public class RecipeImportService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final XStream recipeXml;
    private final XStream scheduleXml;

    public RecipeImportService() {
        recipeXml = new XStream();
        recipeXml.addPermission(NoTypePermission.NONE);
        recipeXml.addPermission(NullPermission.NULL);
        recipeXml.addPermission(PrimitiveTypePermission.PRIMITIVES);
        recipeXml.allowTypes(new Class[] {BlendRecipe.class, Component.class, BigDecimal.class, String.class, ArrayList.class});
        recipeXml.alias("recipe", BlendRecipe.class);
        recipeXml.alias("component", Component.class);

        // The planner export embeds its own java type names for each row.
        scheduleXml = new XStream();
        scheduleXml.addPermission(AnyTypePermission.ANY);
        scheduleXml.alias("schedule", PressSchedule.class);
    }

    public BlendRecipe importRecipe(String xml) {
        BlendRecipe recipe;
        try {
            recipe = (BlendRecipe) recipeXml.fromXML(xml); // SAFE deser
        } catch (XStreamException | ClassCastException e) {
            throw new BadRequestException("Not a blend recipe document");
        }
        BigDecimal total = recipe.getComponents().stream()
                .map(Component::getPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw new BadRequestException("Blend components add up to " + total + "%, expected 100%");
        }
        return recipe;
    }

    public List<String> importLegacySchedule(String xml) {
        Object parsed;
        try {
            parsed = scheduleXml.fromXML(xml); // VULN deser
        } catch (XStreamException e) {
            throw new BadRequestException("Unreadable planner export");
        }
        if (!(parsed instanceof PressSchedule schedule)) {
            throw new BadRequestException("Not a press schedule export");
        }
        List<String> summary = new ArrayList<>();
        for (Object entry : schedule.getEntries()) {
            summary.add(String.valueOf(entry));
        }
        return summary;
    }
}
