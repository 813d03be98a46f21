package coop.pressworks.bottling.service;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.ws.rs.BadRequestException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the regulatory text block printed on the back label (ingredients,
 * allergens, ABV, lot code, best-before). Marketing can either pick one of the
 * house styles or paste a one-off layout for limited releases.
 */
public class LabelTextRenderer {

    private static final Map<String, String> HOUSE_STYLES = Map.of(
            "standard", "back_standard.ftl",
            "minimal", "back_minimal.ftl");

    private final Configuration houseStyles;
    private final Configuration adHoc;

    public LabelTextRenderer() {
        houseStyles = new Configuration(Configuration.VERSION_2_3_32);
        houseStyles.setTemplateLoader(new ClassTemplateLoader(LabelTextRenderer.class, "/label-templates"));
        houseStyles.setDefaultEncoding("UTF-8");
        houseStyles.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        houseStyles.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);

        adHoc = new Configuration(Configuration.VERSION_2_3_32);
        adHoc.setDefaultEncoding("UTF-8");
        adHoc.setLocale(Locale.UK);
        adHoc.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    }

    public String renderHouseStyle(String style, Map<String, Object> labelData) throws IOException {
        String templateName = HOUSE_STYLES.get(style == null ? "standard" : style.toLowerCase(Locale.ROOT));
        if (templateName == null) {
            throw new BadRequestException("Unknown label style");
        }
        StringWriter out = new StringWriter();
        try {
            houseStyles.getTemplate(templateName).process(labelData, out); // SAFE ssti
        } catch (TemplateException e) {
            throw new BadRequestException("Label data incomplete: " + e.getMessage());
        }
        return out.toString();
    }

    public String renderLimitedRelease(String sku, String layout, Map<String, Object> labelData) throws IOException {
        StringWriter out = new StringWriter();
        try {
            new Template("limited-" + sku, new StringReader(layout), adHoc).process(labelData, out); // VULN ssti
        } catch (TemplateException e) {
            throw new BadRequestException("Layout could not be rendered: " + e.getMessage());
        }
        return out.toString();
    }
}
