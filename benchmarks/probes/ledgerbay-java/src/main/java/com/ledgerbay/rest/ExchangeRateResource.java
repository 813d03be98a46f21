package com.ledgerbay.rest;

import com.ledgerbay.client.ExchangeRateClient;
import com.ledgerbay.config.ServiceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

@ApplicationScoped
@Path("/api/rates")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeRateResource {

    private final ExchangeRateClient rates = ServiceRegistry.get().exchangeRates;

    @GET
    @Path("/certified")
    public JsonObject certified(@QueryParam("currency") String currency,
                                @QueryParam("date") String exportDate) throws IOException, InterruptedException {
        LocalDate date = exportDate == null ? LocalDate.now() : LocalDate.parse(exportDate);
        try {
            BigDecimal rate = rates.certifiedRate(currency, date);
            return Json.createObjectBuilder().add("currency", currency).add("date", date.toString()).add("rate", rate).build();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /**
     * Rate from an alternate published sheet, e.g. https://rates.ledgerbay.com/contracts/acme-2024.json
     */
    @GET
    @Path("/alternate")
    public JsonObject alternate(@QueryParam("source") String sourceUrl,
                                @QueryParam("currency") @DefaultValue("EUR") String currency) throws IOException, InterruptedException {
        try {
            BigDecimal rate = rates.rateFromSource(sourceUrl, currency);
            return Json.createObjectBuilder().add("currency", currency).add("source", sourceUrl).add("rate", rate).build();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
