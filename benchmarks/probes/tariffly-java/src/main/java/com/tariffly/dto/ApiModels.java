package com.tariffly.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Request/response shapes shared by the REST controllers, the AMQP workers
 * and the carrier webhook.
 */
public final class ApiModels {

    private ApiModels() {
    }

    public record DeclarationRequest(
            String brokerRef,
            Long importerId,
            Long shipmentId,
            String hsCode,
            String goodsDescription,
            String brokerRemarks,
            String notes,
            String originCountry,
            BigDecimal customsValue,
            String currency) {
    }

    public record ShipmentSummary(Long id, String reference, String status, LocalDate eta) {
    }

    public record ImporterRegistration(
            String eori,
            String companyName,
            String country,
            String contactEmail,
            String password) {
    }

    public record ImporterCredentials(Long importerId, String apiKey) {
    }

    public record HeadingView(String code, String description, String dutyRate) {
    }

    public record ChapterNotes(String chapter, List<String> notes) {
    }

    public record TariffRate(String hsCode, String country, BigDecimal rate, String measureType) {
    }

    public record ScheduleImportRequest(String sourceUrl, String scheduleYear) {
    }

    public record DutyPreviewRequest(String regime, BigDecimal customsValue, BigDecimal dutyRate,
                                     BigDecimal preferenceMargin) {
    }

    public record DutyContext(BigDecimal customsValue, BigDecimal dutyRate, String originCountry,
                              String hsCode) {
    }

    public record StaffPrincipal(String uid, String displayName, String role, String tenant) {
    }

    public record ColleagueCard(String uid, String displayName, String mail, String office) {
    }

    public record ConsoleClaims(String subject, String role, String tenant) {
    }

    public record PortalClaims(Long importerId, String eori) {
    }

    public record CarrierStatus(String shipmentRef, String statusCode, String location, String eventTime) {
    }

    /**
     * Classification job posted by the portal and consumed by the
     * classification worker. The hint field is polymorphic by logical name.
     */
    public record ClassificationJob(String jobId, Long importerId, String goodsDescription,
                                    String originCountry, ClassificationHint hint) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PreviousRulingHint.class, name = "ruling"),
        @JsonSubTypes.Type(value = SupplierCodeHint.class, name = "supplier")
    })
    public interface ClassificationHint {
    }

    public record PreviousRulingHint(String bindingTariffReference) implements ClassificationHint {
    }

    public record SupplierCodeHint(String supplierHsCode) implements ClassificationHint {
    }
}
