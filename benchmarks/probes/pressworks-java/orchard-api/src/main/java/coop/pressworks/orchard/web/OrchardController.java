package coop.pressworks.orchard.web;

import coop.pressworks.orchard.model.OrchardModels.BlockRegistration;
import coop.pressworks.orchard.model.OrchardModels.FrostForecast;
import coop.pressworks.orchard.model.OrchardModels.OrchardBlock;
import coop.pressworks.orchard.model.OrchardModels.WeatherReading;
import coop.pressworks.orchard.service.OrchardService;
import coop.pressworks.orchard.service.ReportRenderer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.SystemFile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

@Controller("/api/orchards")
public class OrchardController {

    private final OrchardService orchardService;
    private final ReportRenderer reports;

    public OrchardController(OrchardService orchardService, ReportRenderer reports) {
        this.orchardService = orchardService;
        this.reports = reports;
    }

    @Get("/blocks")
    public List<OrchardBlock> blocks(@Nullable @QueryValue String variety,
                                     @Nullable @QueryValue Long growerId,
                                     @Nullable @QueryValue String sort,
                                     @Nullable @QueryValue String dir) {
        return orchardService.listBlocks(variety, growerId, sort, dir);
    }

    @Get("/blocks/{blockId}")
    public OrchardBlock block(@PathVariable long blockId) {
        return orchardService.block(blockId);
    }

    @Post("/blocks")
    public HttpResponse<Map<String, Object>> register(@Body BlockRegistration registration) {
        long id = orchardService.register(registration);
        return HttpResponse.created(Map.<String, Object>of("id", id, "blockCode", registration.blockCode()),
                URI.create("/api/orchards/blocks/" + id));
    }

    @Get("/blocks/{blockId}/weather")
    public WeatherReading weather(@PathVariable long blockId) {
        return orchardService.currentWeather(blockId);
    }

    @Get("/blocks/{blockId}/frost-forecast")
    public FrostForecast frost(@PathVariable long blockId) {
        return orchardService.frostForecast(blockId);
    }

    @Get(value = "/blocks/{blockId}/map.png", produces = MediaType.IMAGE_PNG)
    public SystemFile map(@PathVariable long blockId, @QueryValue(defaultValue = "ndvi") String layer) throws IOException {
        OrchardBlock block = orchardService.block(blockId);
        Path png = reports.renderBlockMap(block, layer);
        return new SystemFile(png.toFile(), MediaType.IMAGE_PNG_TYPE);
    }

    @Get(value = "/growers/{growerId}/yield-report", produces = "application/pdf")
    public SystemFile yieldReport(@PathVariable long growerId, @QueryValue String season) throws IOException {
        Path pdf = reports.exportYieldReport(growerId, season);
        return new SystemFile(pdf.toFile(), MediaType.of("application/pdf")).attach("yield-" + growerId + ".pdf");
    }
}
