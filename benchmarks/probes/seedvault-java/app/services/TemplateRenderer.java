package services;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import models.Garden;
import models.SeedLot;
import repositories.GardenRepository;
import util.StorageSettings;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Server-side rendering: jte for pages and labels, Handlebars for embeddable fragments and e-mail. */
@Singleton
public class TemplateRenderer {

    private static final Set<String> FRAGMENTS = Set.of("exchange-card", "garden-card");
    private static final String CUSTOM_PREFIX = "custom/";

    private final TemplateEngine pages;
    private final TemplateEngine labels;
    private final Handlebars handlebars;

    @Inject
    public TemplateRenderer(StorageSettings settings, GardenRepository gardens) {
        DirectoryCodeResolver files = new DirectoryCodeResolver(settings.jteRoot);
        this.pages = TemplateEngine.create(files, ContentType.Html);
        this.labels = TemplateEngine.create(new GardenLabelResolver(files, gardens), ContentType.Html);
        this.handlebars = new Handlebars(new ClassPathTemplateLoader("/handlebars", ".hbs"));
    }

    public String page(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        pages.render(template, params, out);
        return out.toString();
    }

    /** Renders one of the bundled Handlebars fragments by name. */
    public String fragment(String name, Object model) throws IOException {
        if (!FRAGMENTS.contains(name)) {
            throw new IllegalArgumentException("unknown fragment " + name);
        }
        Template template = handlebars.compile(name); // SAFE ssti
        return template.apply(Context.newBuilder(model).resolver(MapValueResolver.INSTANCE, FieldValueResolver.INSTANCE).build());
    }

    /** Notification e-mail body; gardens may supply their own Handlebars template in settings. */
    public String gardenEmail(Garden garden, Map<String, Object> model) throws IOException {
        if (garden.emailTemplate == null || garden.emailTemplate.isBlank()) {
            return fragment("exchange-card", model);
        }
        Context context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE, FieldValueResolver.INSTANCE, MethodValueResolver.INSTANCE)
                .build();
        return handlebars.compileInline(garden.emailTemplate).apply(context); // VULN ssti
    }

    /** Packet label for a lot, using the garden's own layout when it has one. */
    public String label(Garden garden, SeedLot lot) {
        Map<String, Object> params = new HashMap<>();
        params.put("lot", lot);
        params.put("garden", garden);
        StringOutput out = new StringOutput();
        if (garden.labelTemplate != null && !garden.labelTemplate.isBlank()) {
            labels.render(CUSTOM_PREFIX + garden.code + ".jte", params, out); // VULN ssti
        } else {
            labels.render("labels/standard.jte", params, out);
        }
        return out.toString();
    }

    /** Serves "custom/{code}.jte" from the garden table and everything else from disk. */
    static final class GardenLabelResolver implements CodeResolver {

        private final CodeResolver files;
        private final GardenRepository gardens;

        GardenLabelResolver(CodeResolver files, GardenRepository gardens) {
            this.files = files;
            this.gardens = gardens;
        }

        @Override
        public String resolve(String name) {
            if (name.startsWith(CUSTOM_PREFIX)) {
                String code = name.substring(CUSTOM_PREFIX.length(), name.length() - ".jte".length());
                return gardens.findByCode(code).map(g -> g.labelTemplate).orElse(null);
            }
            return files.resolve(name);
        }

        @Override
        public long getLastModified(String name) {
            if (name.startsWith(CUSTOM_PREFIX)) {
                String code = name.substring(CUSTOM_PREFIX.length(), name.length() - ".jte".length());
                return gardens.findByCode(code).map(g -> g.updatedAt == null ? 0L : g.updatedAt.toEpochMilli()).orElse(0L);
            }
            return files.getLastModified(name);
        }
    }
}
